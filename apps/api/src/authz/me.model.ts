import { Field, ObjectType } from '@nestjs/graphql';
import { Person } from '../modules/person/person.model';

@ObjectType({ description: 'Who is asking, and what the rules let them do' })
export class Me {
  @Field(() => Person, { nullable: true, description: 'null for a visitor who has not signed in' })
  person: Person | null;

  @Field({
    description:
      'The CASL rules for this person, packed with @casl/ability/extra packRules and serialised as JSON; the client ' +
      'unpacks them to show and enable exactly what the API allows',
  })
  rules: string;
}
