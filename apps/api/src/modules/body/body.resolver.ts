import { UseGuards } from '@nestjs/common';
import {
  Args,
  Context,
  ID,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { UuidPipe } from '../../graphql/uuid.pipe';
import { required } from '../../graphql/batch-loaders';
import { dayOrToday } from '../../graphql/calendar-date';
import { Municipality } from '../organisation/municipality.model';
import { Organisation } from '../organisation/organisation.model';
import { Portfolio } from '../organisation/portfolio.model';
import { Body } from './body.model';
import { BodyService } from './body.service';
import { BodiesArgs } from './dto/bodies.args';
import { CreateBodyInput } from './dto/create-body.input';
import { UpdateBodyInput } from './dto/update-body.input';
import { Membership } from './membership.model';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';

@ObjectType()
export class BodyConnection extends Connection(Body, 'BodyConnection') {}

@Resolver(() => Body)
@UseGuards(SignedInGuard)
export class BodyResolver {
  constructor(private readonly bodyService: BodyService) {}

  @Query(() => Body, { description: 'One body; NOT_FOUND when it does not exist' })
  body(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }, UuidPipe) id: string): Promise<Body> {
    return this.bodyService.get(viewer, id);
  }

  @Query(() => BodyConnection, { description: 'Bodies by name' })
  bodies(@CurrentViewer() viewer: Viewer, @Args() args: BodiesArgs) {
    return this.bodyService.list(viewer, args);
  }

  @Mutation(() => Body, {
    description:
      'COMMITTEE and PORTFOLIO_MEETING need a portfolio, MUNICIPAL_EXECUTIVE and COUNCIL a gemeente; CONFLICT when the name is taken',
  })
  createBody(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateBodyInput): Promise<Body> {
    return this.bodyService.create(viewer, input);
  }

  @Mutation(() => Body)
  updateBody(@CurrentViewer() viewer: Viewer, @Args('input') input: UpdateBodyInput): Promise<Body> {
    return this.bodyService.update(viewer, input);
  }

  @ResolveField(() => Organisation)
  async organisation(@Parent() body: Body, @Context() context: RequestContext) {
    return required(await context.loaders.organisationById.load(body.organisationId), 'Organisation');
  }

  @ResolveField(() => Portfolio, { nullable: true })
  portfolio(@Parent() body: Body, @Context() context: RequestContext) {
    return body.portfolioId ? context.loaders.portfolioById.load(body.portfolioId) : null;
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(@Parent() body: Body, @Context() context: RequestContext) {
    return body.municipalityId ? context.loaders.municipalityById.load(body.municipalityId) : null;
  }

  @ResolveField(() => Body, { nullable: true })
  advisesBody(@Parent() body: Body, @Context() context: RequestContext) {
    return body.advisesBodyId ? context.loaders.bodyById.load(body.advisesBodyId) : null;
  }

  @ResolveField(() => [Membership], { description: 'The memberships holding on a day, by person name' })
  memberships(
    @Parent() body: Body,
    @Context() context: RequestContext,
    @Args('activeOn', { nullable: true, type: () => String, description: 'yyyy-mm-dd; today when left out' })
    activeOn?: string | null,
  ): Promise<Membership[]> {
    return context.loaders.membershipsByBody.load({ id: body.id, day: dayOrToday(activeOn) });
  }
}
