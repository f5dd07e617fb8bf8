import { Field, ID, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class CorrectDecisionInput {
  @Field(() => ID, { description: 'The decision to correct; it stays unchanged' })
  @IsUUID('all', { message: 'must be a UUID' })
  decisionId: string;

  @Field({ description: 'The corrected wording' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100_000)
  text: string;

  @Field({ description: 'Why the decision is corrected' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(2000)
  reason: string;
}
