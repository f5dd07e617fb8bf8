import { BodyKind } from '@bestuurskracht/shared/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(BodyKind, {
  name: 'BodyKind',
  description: 'AB, DB, bestuurscommissie, directeurenoverleg, portefeuillehoudersoverleg, college, raad, …',
});

@ObjectType({ description: 'bestuursorgaan / overleg of an organisation' })
export class Body {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => BodyKind)
  kind: BodyKind;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true, description: 'The policy domain of a committee or portfolio meeting' })
  portfolioId: string | null;

  @Field(() => ID, { nullable: true, description: 'The gemeente of a college or gemeenteraad' })
  municipalityId: string | null;

  @Field(() => ID, { nullable: true, description: 'The body this one advises or prepares for' })
  advisesBodyId: string | null;

  @Field({ description: 'Whether decisions are taken by vote' })
  votes: boolean;

  @Field(() => Int, { nullable: true, description: 'Members present needed for a valid vote' })
  quorum: number | null;
}
