import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context';
import { CreateServiceAreaInput } from './dto/create-service-area.input';
import { Portfolio } from './portfolio.model';
import { PortfolioService } from './portfolio.service';
import { ServiceArea } from './service-area.model';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';

@Resolver(() => ServiceArea)
@UseGuards(SignedInGuard)
export class ServiceAreaResolver {
  constructor(private readonly portfolioService: PortfolioService) {}

  @Mutation(() => ServiceArea, {
    description:
      'The portfolio, when given, must belong to the same organisation; CONFLICT when the code is taken',
  })
  createServiceArea(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateServiceAreaInput,
  ): Promise<ServiceArea> {
    return this.portfolioService.createServiceArea(viewer, input);
  }

  @ResolveField(() => Portfolio, { nullable: true })
  portfolio(@Parent() area: ServiceArea, @Context() context: RequestContext): Promise<Portfolio | null> {
    return area.portfolioId ? context.loaders.portfolioById.load(area.portfolioId) : Promise.resolve(null);
  }
}
