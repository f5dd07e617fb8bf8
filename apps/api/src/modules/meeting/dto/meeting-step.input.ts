import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

/** A step in a meeting's life: the version you saw guards against acting on a changed agenda. */
@InputType()
export class MeetingStepInput {
  @Field(() => ID)
  @IsUUID('all')
  meetingId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;
}

@InputType()
export class CancelMeetingInput extends MeetingStepInput {
  @Field({ description: 'Why it does not take place; shown with the meeting' })
  @IsString()
  @Matches(/\S/, { message: 'reason must contain text' })
  @MaxLength(2_000)
  reason: string;
}
