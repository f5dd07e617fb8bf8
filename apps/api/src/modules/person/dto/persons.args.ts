import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';

@ArgsType()
export class PersonsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only people with a membership (any period) in this organisation',
  })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @Field({ nullable: true, description: 'Part of the name, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameContains?: string;
}
