import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class AdoptDecisionListInput {
  @Field(() => ID)
  @IsUUID('all')
  id: string;

  @Field(() => ID, { description: 'The later meeting of the same body that adopts the besluitenlijst' })
  @IsUUID('all')
  adoptedInMeetingId: string;
}
