import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { Public } from '../../authz/public.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { CreateMunicipalityInput } from './dto/create-municipality.input';
import { MunicipalitiesArgs } from './dto/municipalities.args';
import { UpdateMunicipalityInput } from './dto/update-municipality.input';
import { Municipality } from './municipality.model';
import { MunicipalityService } from './municipality.service';
import { Participation } from './participation.model';

@ObjectType()
export class MunicipalityConnection extends Connection(Municipality, 'MunicipalityConnection') {}

@Resolver(() => Municipality)
@UseGuards(SignedInGuard)
export class MunicipalityResolver {
  constructor(private readonly municipalityService: MunicipalityService) {}

  @Public()
  @Query(() => MunicipalityConnection, { description: 'Gemeenten by name' })
  municipalities(@CurrentViewer() viewer: Viewer, @Args() args: MunicipalitiesArgs) {
    return this.municipalityService.list(viewer, args);
  }

  @Mutation(() => Municipality)
  createMunicipality(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateMunicipalityInput,
  ): Promise<Municipality> {
    return this.municipalityService.create(viewer, input);
  }

  @Mutation(() => Municipality, { description: 'Name and inhabitants; the CBS code never changes' })
  updateMunicipality(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: UpdateMunicipalityInput,
  ): Promise<Municipality> {
    return this.municipalityService.update(viewer, input);
  }

  @ResolveField(() => [Participation], {
    description: 'The organisations this gemeente takes or took part in, by first day',
  })
  participations(
    @Parent() municipality: Municipality,
    @Context() context: RequestContext,
  ): Promise<Participation[]> {
    return context.loaders.participationsByMunicipality.load(municipality.id);
  }
}
