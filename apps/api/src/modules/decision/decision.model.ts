import { DecisionOutcome, RetentionClass } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Confidentiality } from '../integrity/confidentiality.model';

registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'aangenomen / gewijzigd aangenomen / aangehouden / verworpen / teruggetrokken',
});
registerEnumType(RetentionClass, {
  name: 'RetentionClass',
  description: 'archiefnominatie: bewaren (KEEP) or vernietigen (DESTROY) after its term',
});

@ObjectType({ description: 'A besluit: the outcome of an agenda item; corrected only by a new decision' })
export class Decision {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  bodyId: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => ID)
  agendaItemId: string;

  @Field(() => ID, { nullable: true, description: 'The proposal version that was decided on' })
  proposalVersionId: string | null;

  @Field(() => ID, { nullable: true })
  decisionListId: string | null;

  @Field(() => ID, { nullable: true, description: 'The decision this one corrects' })
  correctsDecisionId: string | null;

  @Field()
  title: string;

  @Field()
  text: string;

  @Field(() => DecisionOutcome)
  outcome: DecisionOutcome;

  @Field({ description: 'yyyy-mm-dd' })
  decidedOn: string;

  @Field(() => [ID], { description: 'Gemeenten it is limited to; empty means all' })
  municipalityScope: string[];

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;

  @Field(() => ID, { nullable: true })
  secrecyId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => RetentionClass)
  retentionClass: RetentionClass;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
