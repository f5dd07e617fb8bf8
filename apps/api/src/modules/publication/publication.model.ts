import { PublicationKind } from '@bestuurskracht/shared/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

registerEnumType(PublicationKind, {
  name: 'PublicationKind',
  description: 'agenda, besluitenlijst or besluit',
});

@ObjectType({ description: 'An openbaarmaking under the Woo: what, when, by whom, against its deadline' })
export class Publication {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => PublicationKind)
  kind: PublicationKind;

  @Field(() => ID, { description: 'The meeting, besluitenlijst or decision published' })
  subjectId: string;

  @Field(() => GraphQLISODateTime, { description: 'The legal deadline' })
  dueAt: Date;

  @Field(() => GraphQLISODateTime)
  publishedAt: Date;

  @Field(() => ID)
  publishedById: string;

  @Field({ description: 'Published after its deadline' })
  late: boolean;
}
