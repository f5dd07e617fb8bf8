import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum PointChangeKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerEnumType(PointChangeKind, { name: 'PointChangeKind' });

@ObjectType({ description: 'One line of the diff against the revision before' })
export class PointChange {
  @Field(() => PointChangeKind)
  kind: PointChangeKind;

  @Field()
  text: string;
}

@ObjectType({ description: 'The beslispunten after an amendment (revision 1: as proposed)' })
export class DecisionPointRevision {
  @Field(() => Int)
  number: number;

  @Field(() => [String])
  points: string[];

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => ID, { description: 'Who recorded the revision' })
  createdById: string;

  @Field(() => [PointChange], { description: 'Against the revision before; all ADDED for the first' })
  changes: PointChange[];
}
