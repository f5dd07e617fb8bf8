import { Confidentiality, ProposalState } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import '../meeting/meeting.model';

registerEnumType(ProposalState, { name: 'ProposalState' });

@ObjectType({ description: 'A voorstel; its text lives in versions' })
export class Proposal {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  portfolioId: string;

  @Field(() => ID, { nullable: true })
  serviceAreaId: string | null;

  @Field(() => ID)
  authorId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => ProposalState)
  state: ProposalState;

  @Field(() => Int, { description: 'Number of the current text version' })
  currentVersionNumber: number;

  @Field(() => [ID], { description: 'Gemeenten this proposal is limited to; empty means all' })
  municipalityScope: string[];

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;

  @Field(() => Int, { description: 'Row version: pass it as expectedVersion when changing the proposal' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
