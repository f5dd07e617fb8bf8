import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context';
import { CreatePortfolioInput } from './dto/create-portfolio.input';
import { Portfolio } from './portfolio.model';
import { PortfolioService } from './portfolio.service';
import { ServiceArea } from './service-area.model';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';

@Resolver(() => Portfolio)
@UseGuards(SignedInGuard)
export class PortfolioResolver {
  constructor(private readonly portfolioService: PortfolioService) {}

  @Mutation(() => Portfolio, { description: 'CONFLICT when the organisation already uses the code' })
  createPortfolio(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreatePortfolioInput,
  ): Promise<Portfolio> {
    return this.portfolioService.createPortfolio(viewer, input);
  }

  @ResolveField(() => [ServiceArea], { description: 'By name' })
  serviceAreas(@Parent() portfolio: Portfolio, @Context() context: RequestContext): Promise<ServiceArea[]> {
    return context.loaders.serviceAreasByPortfolio.load(portfolio.id);
  }
}
