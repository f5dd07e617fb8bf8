import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { CreatePersonInput } from './dto/create-person.input';
import { PersonsArgs } from './dto/persons.args';
import { UpdatePersonInput } from './dto/update-person.input';
import { Person } from './person.model';
import { PersonService } from './person.service';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';

@ObjectType()
export class PersonConnection extends Connection(Person, 'PersonConnection') {}

@Resolver(() => Person)
@UseGuards(SignedInGuard)
export class PersonResolver {
  constructor(private readonly personService: PersonService) {}

  @Query(() => Person, { description: 'One person; NOT_FOUND when they do not exist' })
  person(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Person> {
    return this.personService.get(viewer, id);
  }

  @Query(() => PersonConnection, { description: 'People by name' })
  persons(@CurrentViewer() viewer: Viewer, @Args() args: PersonsArgs) {
    return this.personService.list(viewer, args);
  }

  @Mutation(() => Person, { description: 'CONFLICT when the e-mail address is taken, in any case' })
  createPerson(@CurrentViewer() viewer: Viewer, @Args('input') input: CreatePersonInput): Promise<Person> {
    return this.personService.create(viewer, input);
  }

  @Mutation(() => Person, { description: 'CONFLICT when the new e-mail address is taken, in any case' })
  updatePerson(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdatePersonInput): Promise<Person> {
    return this.personService.update(viewer, input);
  }

  /** The one place the field rule applies, wherever a person appears in the graph. */
  @ResolveField(() => String, { nullable: true })
  email(@Parent() person: Person, @CurrentViewer() viewer: Viewer): string | null {
    return viewer.can('read', 'Person', person, 'email') ? person.email : null;
  }
}
