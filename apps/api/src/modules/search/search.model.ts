import { Field, Float, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SearchHitKind {
  PROPOSAL = 'PROPOSAL',
  DECISION = 'DECISION',
  DOCUMENT = 'DOCUMENT',
}

registerEnumType(SearchHitKind, { name: 'SearchHitKind' });

@ObjectType({ description: 'A proposal, decision or document matching a search, with a highlighted snippet' })
export class SearchHit {
  @Field(() => SearchHitKind)
  kind: SearchHitKind;

  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field({ description: 'Matching words wrapped in <b>…</b>' })
  snippet: string;

  @Field(() => Float, { description: 'ts_rank: higher is a better match' })
  rank: number;
}
