import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

@InputType()
export class AmendDecisionPointsInput {
  @Field(() => ID)
  @IsUUID('all')
  decisionId: string;

  @Field(() => Int, { description: 'The revision you amended; CONFLICT when someone amended it since' })
  @IsInt()
  @Min(1)
  expectedRevision: number;

  @Field(() => [String], { description: 'The beslispunten as they read after the amendment' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Matches(/\S/, { each: true, message: 'each beslispunt must have text' })
  @MaxLength(2_000, { each: true })
  points: string[];

  @Field({ description: 'The amendment: who proposed what and why' })
  @IsString()
  @Matches(/\S/, { message: 'reason must contain text' })
  @MaxLength(2_000)
  reason: string;
}
