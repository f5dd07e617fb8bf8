import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Confidentiality } from '../integrity/confidentiality.model';

@ObjectType({ description: 'A bijlage / stuk: metadata only; the content is downloaded separately' })
export class Document {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  organisationId: string;

  @Field(() => ID, { nullable: true })
  proposalVersionId: string | null;

  @Field(() => ID, { nullable: true })
  agendaItemId: string | null;

  @Field(() => ID, { nullable: true })
  decisionId: string | null;

  @Field(() => ID, { nullable: true })
  councilViewId: string | null;

  @Field()
  title: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;

  @Field({ description: 'Hex SHA-256 of the content' })
  sha256: string;

  @Field(() => Confidentiality)
  confidentiality: Confidentiality;

  @Field(() => ID, { nullable: true })
  secrecyId: string | null;

  @Field(() => ID)
  uploadedById: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}
