import { QuotaKind } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../quota.model';

@InputType()
export class RecordQuotaExchangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId: string;

  @Field(() => ID, { description: 'The gemeente whose target goes down' })
  @IsUUID('all', { message: 'must be a UUID' })
  fromMunicipalityId: string;

  @Field(() => ID, { description: 'The gemeente that takes the larger share' })
  @IsUUID('all', { message: 'must be a UUID' })
  toMunicipalityId: string;

  @Field(() => QuotaKind)
  @IsEnum(QuotaKind, { message: 'must be a QuotaKind' })
  kind: QuotaKind;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  amount: number;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  periodStart: string;

  @Field({ description: 'yyyy-mm-dd, not before periodStart' })
  @IsCalendarDate()
  periodEnd: string;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  agreedOn: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  note?: string;
}
