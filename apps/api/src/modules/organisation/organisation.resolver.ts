import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UuidPipe } from '../../graphql/uuid.pipe';
import type { RequestContext } from '../../graphql/request-context';
import { Municipality } from './municipality.model';
import { Organisation } from './organisation.model';
import { OrganisationService } from './organisation.service';

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Query(() => [Organisation], { description: 'All samenwerkingsorganisaties, by name' })
  organisations(): Promise<Organisation[]> {
    return this.organisationService.list();
  }

  @Query(() => Organisation, {
    description: 'One samenwerkingsorganisatie; NOT_FOUND when it does not exist',
  })
  organisation(@Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Organisation> {
    return this.organisationService.get(id);
  }

  @ResolveField(() => [Municipality])
  municipalities(
    @Parent() organisation: Organisation,
    @Context() context: RequestContext,
  ): Promise<Municipality[]> {
    return context.loaders.municipalitiesByOrganisation.load(organisation.id);
  }
}
