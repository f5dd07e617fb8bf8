import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A gemeente taking part in one or more samenwerkingsorganisaties' })
export class Municipality {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'CBS gemeentecode, e.g. GM1724' })
  cbsCode: string;

  @Field(() => Int)
  inhabitants: number;
}
