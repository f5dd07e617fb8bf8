import { ProposalState, ProposalStep } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import './proposal.model';

registerEnumType(ProposalStep, { name: 'ProposalStep' });

@ObjectType({ description: 'One step in a proposal’s history: its creation, then every change of state' })
export class ProposalStepRecord {
  @Field(() => ProposalStep, { nullable: true, description: 'Null for the creation of the concept' })
  step: ProposalStep | null;

  @Field(() => ProposalState, { nullable: true, description: 'Null for the creation of the concept' })
  from: ProposalState | null;

  @Field(() => ProposalState)
  to: ProposalState;

  @Field(() => GraphQLISODateTime)
  at: Date;

  /** Resolved by ProposalStepRecordResolver; null for a step the system took */
  actorId: string | null;
}
