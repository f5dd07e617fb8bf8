import { QuotaKind } from '@bestuurskracht/shared/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsUUID, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../../graphql/calendar-date';
import '../quota.model';

@InputType({
  description: "Sets a gemeente's target for a kind and period (creates it, or changes the target)",
})
export class SetQuotaInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  organisationId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  municipalityId: string;

  @Field(() => QuotaKind)
  @IsEnum(QuotaKind, { message: 'must be a QuotaKind' })
  kind: QuotaKind;

  @Field({ description: 'yyyy-mm-dd' })
  @IsCalendarDate()
  periodStart: string;

  @Field({ description: 'yyyy-mm-dd, not before periodStart' })
  @IsCalendarDate()
  periodEnd: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  target: number;
}
