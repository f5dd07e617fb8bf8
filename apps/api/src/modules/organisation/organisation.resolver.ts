import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { Public } from '../../authz/public.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { CostAllocationKey } from './cost-allocation-key.model';
import { CreateOrganisationInput } from './dto/create-organisation.input';
import { UpdateOrganisationInput } from './dto/update-organisation.input';
import { Municipality } from './municipality.model';
import { Organisation } from './organisation.model';
import { OrganisationService } from './organisation.service';
import { Participation } from './participation.model';
import { Portfolio } from './portfolio.model';
import { ServiceArea } from './service-area.model';

@Resolver(() => Organisation)
@UseGuards(SignedInGuard)
export class OrganisationResolver {
  constructor(private readonly organisationService: OrganisationService) {}

  @Public()
  @Query(() => [Organisation], { description: 'All samenwerkingsorganisaties, by name' })
  organisations(@CurrentViewer() viewer: Viewer): Promise<Organisation[]> {
    return this.organisationService.list(viewer);
  }

  @Public()
  @Query(() => Organisation, {
    description: 'One samenwerkingsorganisatie; NOT_FOUND when it does not exist',
  })
  organisation(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, UuidPipe) id: string,
  ): Promise<Organisation> {
    return this.organisationService.get(viewer, id);
  }

  @Mutation(() => Organisation, { description: 'CONFLICT when the name is taken' })
  createOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateOrganisationInput,
  ): Promise<Organisation> {
    return this.organisationService.create(viewer, input);
  }

  @Mutation(() => Organisation, { description: 'CONFLICT when the new name is taken' })
  updateOrganisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.organisationService.update(viewer, input);
  }

  @ResolveField(() => [Municipality])
  municipalities(
    @Parent() organisation: Organisation,
    @Context() context: RequestContext,
  ): Promise<Municipality[]> {
    return context.loaders.municipalitiesByOrganisation.load(organisation.id);
  }

  @ResolveField(() => [Participation], {
    description: 'Every deelname, past and present, by first day',
  })
  participations(
    @Parent() organisation: Organisation,
    @Context() context: RequestContext,
  ): Promise<Participation[]> {
    return context.loaders.participationsByOrganisation.load(organisation.id);
  }

  @ResolveField(() => [Portfolio], { description: 'By name' })
  portfolios(@Parent() organisation: Organisation, @Context() context: RequestContext): Promise<Portfolio[]> {
    return context.loaders.portfoliosByOrganisation.load(organisation.id);
  }

  @ResolveField(() => [ServiceArea], { description: 'By name' })
  serviceAreas(
    @Parent() organisation: Organisation,
    @Context() context: RequestContext,
  ): Promise<ServiceArea[]> {
    return context.loaders.serviceAreasByOrganisation.load(organisation.id);
  }

  @ResolveField(() => [CostAllocationKey], { description: 'By name' })
  costAllocationKeys(
    @Parent() organisation: Organisation,
    @Context() context: RequestContext,
  ): Promise<CostAllocationKey[]> {
    return context.loaders.costAllocationKeysByOrganisation.load(organisation.id);
  }
}
