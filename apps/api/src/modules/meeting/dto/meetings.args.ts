import { ArgsType, Field, GraphQLISODateTime, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';

@ArgsType()
export class MeetingsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all')
  bodyId: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Meetings starting at or after this moment',
  })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Meetings starting before this moment' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
