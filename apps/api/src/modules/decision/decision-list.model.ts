import { DecisionListStatus, RetentionClass } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import './decision.model';

registerEnumType(DecisionListStatus, { name: 'DecisionListStatus' });

@ObjectType({ description: 'A besluitenlijst: the decisions of one meeting, adopted at the next one' })
export class DecisionList {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  bodyId: string;

  @Field(() => ID)
  meetingId: string;

  @Field(() => DecisionListStatus)
  status: DecisionListStatus;

  @Field(() => ID, { nullable: true })
  adoptedInMeetingId: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  adoptedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Woo: published at the latest two weeks after adoption (yyyy-mm-dd); null before adoption',
  })
  publicationDueOn: string | null;

  @Field({ description: 'Adopted, not yet published, and past its publication deadline' })
  publicationOverdue: boolean;

  @Field(() => RetentionClass)
  retentionClass: RetentionClass;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
