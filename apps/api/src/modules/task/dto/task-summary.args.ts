import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@ArgsType()
export class TaskSummaryArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  municipalityId: string;
}
