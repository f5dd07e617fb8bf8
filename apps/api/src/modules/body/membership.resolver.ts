import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { required } from '../../graphql/batch-loaders';
import { Municipality } from '../organisation/municipality.model';
import { Portfolio } from '../organisation/portfolio.model';
import { Person } from '../person/person.model';
import { Body } from './body.model';
import { AddMembershipInput } from './dto/add-membership.input';
import { EndMembershipInput } from './dto/end-membership.input';
import { MembershipsArgs } from './dto/memberships.args';
import { Membership } from './membership.model';
import { MembershipService } from './membership.service';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';

@ObjectType()
export class MembershipConnection extends Connection(Membership, 'MembershipConnection') {}

@Resolver(() => Membership)
@UseGuards(SignedInGuard)
export class MembershipResolver {
  constructor(private readonly membershipService: MembershipService) {}

  @Query(() => MembershipConnection, { description: 'Memberships by first day, newest first' })
  memberships(@CurrentViewer() viewer: Viewer, @Args() args: MembershipsArgs) {
    return this.membershipService.list(viewer, args);
  }

  @Mutation(() => Membership, {
    description: 'ADMINISTRATOR and DIRECTOR: no body or portfolio; STAFF: a portfolio; other roles: a body',
  })
  addMembership(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: AddMembershipInput,
  ): Promise<Membership> {
    return this.membershipService.add(viewer, input);
  }

  @Mutation(() => Membership)
  endMembership(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EndMembershipInput,
  ): Promise<Membership> {
    return this.membershipService.end(viewer, input);
  }

  @ResolveField(() => Person)
  async person(@Parent() membership: Membership, @Context() context: RequestContext) {
    return required(await context.loaders.personById.load(membership.personId), 'Person');
  }

  @ResolveField(() => Body, { nullable: true })
  body(@Parent() membership: Membership, @Context() context: RequestContext) {
    return membership.bodyId ? context.loaders.bodyById.load(membership.bodyId) : null;
  }

  @ResolveField(() => Portfolio, { nullable: true })
  portfolio(@Parent() membership: Membership, @Context() context: RequestContext) {
    return membership.portfolioId ? context.loaders.portfolioById.load(membership.portfolioId) : null;
  }

  @ResolveField(() => Municipality, { nullable: true })
  municipality(@Parent() membership: Membership, @Context() context: RequestContext) {
    return membership.municipalityId
      ? context.loaders.municipalityById.load(membership.municipalityId)
      : null;
  }
}
