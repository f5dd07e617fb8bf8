import { DecisionOutcome, RetentionClass, VoteChoice } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../decision.model';
import '../vote.model';

@InputType({ description: "One member's vote" })
export class VoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  personId: string;

  @Field(() => ID, { nullable: true, description: 'The gemeente the member votes for' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  municipalityId?: string;

  @Field(() => VoteChoice)
  @IsEnum(VoteChoice, { message: 'must be FOR, AGAINST or ABSTAIN' })
  choice: VoteChoice;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'Optional UUID chosen by the client: sending it again within 24 hours answers the first result',
  })
  @IsOptional()
  @IsUUID('all')
  idempotencyKey?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  agendaItemId: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(500)
  title: string;

  @Field({ description: 'The wording of the decision' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(100_000)
  text: string;

  @Field(() => DecisionOutcome)
  @IsEnum(DecisionOutcome, {
    message: 'must be one of ADOPTED, ADOPTED_AMENDED, DEFERRED, REJECTED, WITHDRAWN',
  })
  outcome: DecisionOutcome;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  decidedOn: string;

  @Field(() => RetentionClass)
  @IsEnum(RetentionClass, { message: 'must be KEEP or DESTROY' })
  retentionClass: RetentionClass;

  @Field(() => [VoteInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => VoteInput)
  votes?: VoteInput[];
}
