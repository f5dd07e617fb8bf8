import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
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

  @ResolveField(() => [Municipality])
  municipalities(
    @Parent() organisation: Organisation,
    @Context() context: RequestContext,
  ): Promise<Municipality[]> {
    return context.loaders.municipalitiesByOrganisation.load(organisation.id);
  }
}
