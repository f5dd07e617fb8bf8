import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Whether a gemeente has reviewed an agenda item: who has reviewed what, never what they wrote (own-gemeente notes stay private)',
})
export class ReviewProgress {
  @Field(() => ID)
  agendaItemId: string;

  @Field(() => ID)
  municipalityId: string;

  @Field()
  reviewed: boolean;

  @Field(() => Int, { description: 'How many notes the gemeente wrote on the item, own and shared' })
  reviewCount: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastReviewedAt: Date | null;
}
