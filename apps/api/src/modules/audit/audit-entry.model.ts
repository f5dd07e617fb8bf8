import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One fact in the audit trail: who did what to which record, when' })
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  organisationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who acted; null for the system' })
  actorId: string | null;

  @Field({ description: 'The mutation, e.g. recordDecision' })
  action: string;

  @Field()
  subjectType: string;

  @Field(() => ID)
  subjectId: string;

  @Field({ description: 'Details as a JSON object' })
  details: string;

  @Field(() => GraphQLISODateTime)
  at: Date;
}
