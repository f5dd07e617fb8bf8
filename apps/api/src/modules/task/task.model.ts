import { TaskOrigin, TaskStatus } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Confidentiality } from '../integrity/confidentiality.model';

registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(TaskOrigin, {
  name: 'TaskOrigin',
  description:
    'besluit, publicatie van de agenda, verzoek van een gemeente, gezamenlijke opdracht, zienswijze',
});

@ObjectType({
  description: 'An actie / opdracht for a gemeente (optionally a person) or for the organisation',
})
export class Task {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID, { nullable: true, description: 'The gemeente that must do it; null for the organisation' })
  municipalityId: string | null;

  @Field()
  forOrganisation: boolean;

  @Field(() => ID, { nullable: true })
  assigneeId: string | null;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field({ description: 'yyyy-mm-dd' })
  dueOn: string;

  @Field(() => TaskStatus)
  status: TaskStatus;

  @Field(() => TaskOrigin)
  origin: TaskOrigin;

  @Field(() => ID, { nullable: true })
  decisionId: string | null;

  @Field(() => ID, { nullable: true })
  agendaItemId: string | null;

  @Field(() => ID, { nullable: true, description: 'The board whose decision it follows' })
  bodyId: string | null;

  @Field(() => [ID], { description: 'The gemeenten that asked for it (joint assignment)' })
  requestedByMunicipalityIds: string[];

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;

  @Field(() => ID)
  createdById: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => ID, { nullable: true })
  completedById: string | null;

  @Field({ description: 'Past its due day (Dutch time) and neither done nor cancelled' })
  late: boolean;

  @Field(() => Int, { description: 'Row version, for expectedVersion' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType({ description: "A gemeente's tasks by state" })
export class TaskSummary {
  @Field(() => Int)
  open: number;

  @Field(() => Int)
  inProgress: number;

  @Field(() => Int, { description: 'Open or in progress and past their due day' })
  late: number;

  @Field(() => Int)
  done: number;

  /** The gemeente counted, for byAssignee; not a field */
  municipalityId: string;
}
