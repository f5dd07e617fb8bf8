import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';

@InputType()
export class WithdrawProposalInput {
  @Field(() => ID)
  @IsUUID('all')
  proposalId: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field({ description: 'Why it is withdrawn; kept in the audit trail' })
  @IsString()
  @Matches(/\S/, { message: 'reason must contain text' })
  @MaxLength(2_000)
  reason: string;
}
