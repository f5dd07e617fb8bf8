import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description: 'One version of a proposal’s text; versions are appended, never changed once submitted',
})
export class ProposalVersion {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  proposalId: string;

  @Field(() => Int)
  number: number;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'financiële consequenties' })
  financialConsequences: string | null;

  @Field(() => String, { nullable: true, description: 'Why this version was made' })
  changeNote: string | null;

  @Field(() => ID)
  createdById: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType({ description: 'A beslispunt: one numbered point the body is asked to decide' })
export class DecisionPoint {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field()
  text: string;
}

@ObjectType({ description: 'The financial consequence of a proposal version for one gemeente, per year' })
export class FinancialImpact {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  municipalityId: string;

  @Field({ description: 'Euro cents as a decimal string (bigint); negative is a saving' })
  amountCents: string;

  @Field(() => String, { nullable: true })
  note: string | null;
}
