import { AgendaItemHandling, AgendaItemPurpose } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsIn, IsInt, IsOptional, IsUUID, Min } from 'class-validator';

@InputType()
export class SendProposalToCommitteeInput {
  @Field(() => ID)
  @IsUUID('all')
  proposalId: string;

  @Field(() => Int, { description: 'The version of the proposal you saw; CONFLICT when it changed since' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @Field(() => ID, { description: 'A meeting of a committee or portefeuillehoudersoverleg' })
  @IsUUID('all')
  meetingId: string;

  @Field(() => AgendaItemPurpose, {
    nullable: true,
    description:
      'ADVICE (ter advisering, the default) or DECISION where a portefeuillehoudersoverleg decides',
  })
  @IsOptional()
  @IsIn([AgendaItemPurpose.ADVICE, AgendaItemPurpose.DECISION])
  purpose?: AgendaItemPurpose;

  @Field(() => AgendaItemHandling, { nullable: true, description: 'DEBATE (bespreekstuk) unless given' })
  @IsOptional()
  @IsEnum(AgendaItemHandling)
  handling?: AgendaItemHandling;
}
