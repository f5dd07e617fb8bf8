import { ReviewVisibility } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(ReviewVisibility, {
  name: 'ReviewVisibility',
  description: 'for the own gemeente only, or shared with the directors’ meeting',
});

@ObjectType({ description: 'A gemeentesecretaris’ review (aandachtspunt) on an agenda item' })
export class Review {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID)
  agendaItemId: string;

  @Field(() => ID)
  bodyId: string;

  @Field(() => ID)
  authorId: string;

  @Field(() => ID, { description: 'The gemeente the author acts for' })
  municipalityId: string;

  @Field(() => ReviewVisibility)
  visibility: ReviewVisibility;

  @Field()
  text: string;

  @Field(() => Int, { description: 'Row version: pass it as expectedVersion when updating' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
