import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context';
import { required } from '../../graphql/batch-loaders';
import { AddParticipationInput } from './dto/add-participation.input';
import { EndParticipationInput } from './dto/end-participation.input';
import { Municipality } from './municipality.model';
import { Organisation } from './organisation.model';
import { Participation } from './participation.model';
import { ParticipationService } from './participation.service';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';

@Resolver(() => Participation)
@UseGuards(SignedInGuard)
export class ParticipationResolver {
  constructor(private readonly participationService: ParticipationService) {}

  @Mutation(() => Participation, {
    description: 'A gemeente joins an organisation; CONFLICT while an earlier participation still runs',
  })
  addParticipation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddParticipationInput,
  ): Promise<Participation> {
    return this.participationService.add(viewer, input);
  }

  @Mutation(() => Participation, { description: 'A gemeente leaves an organisation after the given day' })
  endParticipation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EndParticipationInput,
  ): Promise<Participation> {
    return this.participationService.end(viewer, input);
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() participation: Participation, @Context() context: RequestContext) {
    return required(
      await context.loaders.organisationById.load(participation.organisationId),
      'Organisation',
    );
  }

  @ResolveField(() => Municipality)
  async municipality(@Parent() participation: Participation, @Context() context: RequestContext) {
    return required(
      await context.loaders.municipalityById.load(participation.municipalityId),
      'Municipality',
    );
  }
}
