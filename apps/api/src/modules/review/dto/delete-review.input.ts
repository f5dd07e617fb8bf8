import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class DeleteReviewInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;
}
