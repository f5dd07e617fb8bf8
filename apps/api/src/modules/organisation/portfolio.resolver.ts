import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context';
import { CreatePortfolioInput } from './dto/create-portfolio.input';
import { Portfolio } from './portfolio.model';
import { PortfolioService } from './portfolio.service';
import { ServiceArea } from './service-area.model';

@Resolver(() => Portfolio)
export class PortfolioResolver {
  constructor(private readonly portfolioService: PortfolioService) {}

  @Mutation(() => Portfolio, { description: 'CONFLICT when the organisation already uses the code' })
  createPortfolio(@Args('input') input: CreatePortfolioInput): Promise<Portfolio> {
    return this.portfolioService.createPortfolio(input);
  }

  @ResolveField(() => [ServiceArea], { description: 'By name' })
  serviceAreas(@Parent() portfolio: Portfolio, @Context() context: RequestContext): Promise<ServiceArea[]> {
    return context.loaders.serviceAreasByPortfolio.load(portfolio.id);
  }
}
