import {
  CouncilViewProcedureStatus,
  CouncilViewStatus,
  CouncilViewSubject,
} from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(CouncilViewSubject, {
  name: 'CouncilViewSubject',
  description: 'kadernota, ontwerpbegroting, begrotingswijziging, jaarstukken, wijziging van de regeling',
});
registerEnumType(CouncilViewProcedureStatus, { name: 'CouncilViewProcedureStatus' });
registerEnumType(CouncilViewStatus, { name: 'CouncilViewStatus' });

@ObjectType({ description: "One gemeenteraad's zienswijze in a procedure" })
export class CouncilView {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  procedureId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field(() => CouncilViewStatus)
  status: CouncilViewStatus;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  submittedOn: string | null;

  @Field(() => String, { nullable: true })
  summary: string | null;
}

@ObjectType({
  description: 'A zienswijzeprocedure: the board asks every raad for its view before a deadline',
})
export class CouncilViewProcedure {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  bodyId: string;

  @Field(() => ID, { nullable: true })
  proposalId: string | null;

  @Field(() => CouncilViewSubject)
  subject: CouncilViewSubject;

  @Field()
  title: string;

  @Field({ description: 'yyyy-mm-dd' })
  sentOn: string;

  @Field({ description: 'yyyy-mm-dd' })
  deadlineOn: string;

  @Field(() => Int, { description: 'Days until the deadline (Dutch calendar); negative once it has passed' })
  daysLeft: number;

  @Field({ description: 'Still open after its deadline' })
  overdue: boolean;

  @Field(() => CouncilViewProcedureStatus)
  status: CouncilViewProcedureStatus;

  @Field(() => String, { nullable: true, description: "The board's reaction to the views" })
  reaction: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  reactedOn: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
