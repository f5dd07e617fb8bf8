import { MembershipRole } from '@bestuurskracht/shared/domain';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(MembershipRole, {
  name: 'MembershipRole',
  description:
    'voorzitter, vicevoorzitter, lid, agendalid, secretaris, adviseur, toehoorder (in a body); beheerder, directeur (in the organisation); medewerker (in a portfolio)',
});

@ObjectType({
  description: 'lidmaatschap / functie: a person acting in a role, on behalf of a gemeente, for a period',
})
export class Membership {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  personId: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID, { nullable: true })
  bodyId: string | null;

  @Field(() => ID, { nullable: true })
  portfolioId: string | null;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => ID, {
    nullable: true,
    description: 'The gemeente acted for; null when acting for the organisation',
  })
  municipalityId: string | null;

  @Field({ description: 'First day, yyyy-mm-dd' })
  startsOn: string;

  @Field(() => String, { nullable: true, description: 'Last day, yyyy-mm-dd; null while it lasts' })
  endsOn: string | null;

  @Field({ description: 'Whether it holds today (Europe/Amsterdam)' })
  active: boolean;
}
