import { Args, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { CreatePersonInput } from './dto/create-person.input';
import { PersonsArgs } from './dto/persons.args';
import { UpdatePersonInput } from './dto/update-person.input';
import { Person } from './person.model';
import { PersonService } from './person.service';

@ObjectType()
export class PersonConnection extends Connection(Person, 'PersonConnection') {}

@Resolver(() => Person)
export class PersonResolver {
  constructor(private readonly personService: PersonService) {}

  @Query(() => Person, { description: 'One person; NOT_FOUND when they do not exist' })
  person(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Person> {
    return this.personService.get(id);
  }

  @Query(() => PersonConnection, { description: 'People by name' })
  persons(@Args() args: PersonsArgs) {
    return this.personService.list(args);
  }

  @Mutation(() => Person, { description: 'CONFLICT when the e-mail address is taken, in any case' })
  createPerson(@Args('input') input: CreatePersonInput): Promise<Person> {
    return this.personService.create(input);
  }

  @Mutation(() => Person, { description: 'CONFLICT when the new e-mail address is taken, in any case' })
  updatePerson(@Args('input') input: UpdatePersonInput): Promise<Person> {
    return this.personService.update(input);
  }
}
