import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of the name, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  nameContains?: string;
}
