import { UseGuards } from '@nestjs/common';
import { BodyKind } from '@bestuurskracht/shared/domain';
import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { RequestContext } from '../../graphql/request-context';
import { dayOrToday } from '../../graphql/calendar-date';
import { Organisation } from '../organisation/organisation.model';
import { Portfolio } from '../organisation/portfolio.model';
import { Person } from '../person/person.model';
import { Body } from './body.model';
import { Membership } from './membership.model';

/** Bodies and memberships seen from the organisation module's types; the body module owns these fields. */
@Resolver(() => Organisation)
@UseGuards(SignedInGuard)
export class OrganisationBodiesResolver {
  @ResolveField(() => [Body], { description: 'By name; only those of one kind when kind is given' })
  async bodies(
    @Parent() organisation: Organisation,
    @Context() context: RequestContext,
    @Args('kind', { type: () => BodyKind, nullable: true }) kind?: BodyKind | null,
  ): Promise<Body[]> {
    const bodies = await context.loaders.bodiesByOrganisation.load(organisation.id);
    return kind ? bodies.filter((body) => body.kind === kind) : bodies;
  }
}

@Resolver(() => Portfolio)
@UseGuards(SignedInGuard)
export class PortfolioBodiesResolver {
  @ResolveField(() => [Body], {
    description: 'The committees and portfolio meetings of this portfolio, by name',
  })
  bodies(@Parent() portfolio: Portfolio, @Context() context: RequestContext): Promise<Body[]> {
    return context.loaders.bodiesByPortfolio.load(portfolio.id);
  }
}

@Resolver(() => Person)
@UseGuards(SignedInGuard)
export class PersonMembershipsResolver {
  @ResolveField(() => [Membership], { description: 'The memberships holding on a day' })
  memberships(
    @Parent() person: Person,
    @Context() context: RequestContext,
    @Args('activeOn', { nullable: true, type: () => String, description: 'yyyy-mm-dd; today when left out' })
    activeOn?: string | null,
  ): Promise<Membership[]> {
    return context.loaders.membershipsByPerson.load({ id: person.id, day: dayOrToday(activeOn) });
  }
}
