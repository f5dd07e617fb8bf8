import { QuotaKind } from '@bestuurskracht/shared/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(QuotaKind, {
  name: 'QuotaKind',
  description: 'huisvesting vergunninghouders, opvangplekken (Spreidingswet), woningbouw',
});

@ObjectType({ description: 'A realised figure as recorded on a day (cumulative within the period)' })
export class QuotaRealisation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  quotaId: string;

  @Field({ description: 'yyyy-mm-dd' })
  recordedOn: string;

  @Field(() => Int)
  realised: number;
}

@ObjectType({ description: 'A taakstelling: a target for one gemeente over one period' })
export class Quota {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field(() => QuotaKind)
  kind: QuotaKind;

  @Field({ description: 'yyyy-mm-dd' })
  periodStart: string;

  @Field({ description: 'yyyy-mm-dd' })
  periodEnd: string;

  @Field(() => Int)
  target: number;
}

@ObjectType({ description: 'An agreed exchange: one gemeente takes an amount of another gemeente’s quota' })
export class QuotaExchange {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID, { description: 'The gemeente whose target goes down' })
  fromMunicipalityId: string;

  @Field(() => ID, { description: 'The gemeente that takes the larger share' })
  toMunicipalityId: string;

  @Field(() => QuotaKind)
  kind: QuotaKind;

  @Field(() => Int)
  amount: number;

  @Field({ description: 'yyyy-mm-dd' })
  periodStart: string;

  @Field({ description: 'yyyy-mm-dd' })
  periodEnd: string;

  @Field({ description: 'yyyy-mm-dd' })
  agreedOn: string;

  @Field(() => String, { nullable: true })
  note: string | null;
}
