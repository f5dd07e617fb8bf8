import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../graphql/request-context';
import { required } from '../../graphql/batch-loaders';
import { CostAllocationKey, CostAllocationShare } from './cost-allocation-key.model';
import { CostAllocationKeyService } from './cost-allocation-key.service';
import { CreateCostAllocationKeyInput } from './dto/create-cost-allocation-key.input';
import { Municipality } from './municipality.model';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';

@Resolver(() => CostAllocationKey)
@UseGuards(SignedInGuard)
export class CostAllocationKeyResolver {
  constructor(private readonly costAllocationKeyService: CostAllocationKeyService) {}

  @Mutation(() => CostAllocationKey, {
    description: 'FIXED_PERCENTAGES needs shares adding up to 100; CONFLICT when the name is taken',
  })
  createCostAllocationKey(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateCostAllocationKeyInput,
  ): Promise<CostAllocationKey> {
    return this.costAllocationKeyService.create(viewer, input);
  }

  @ResolveField(() => [CostAllocationShare], { description: 'Empty for INHABITANTS and EQUAL' })
  shares(
    @Parent() key: CostAllocationKey,
    @Context() context: RequestContext,
  ): Promise<CostAllocationShare[]> {
    return context.loaders.costAllocationSharesByKey.load(key.id);
  }
}

@Resolver(() => CostAllocationShare)
@UseGuards(SignedInGuard)
export class CostAllocationShareResolver {
  @ResolveField(() => Municipality)
  async municipality(@Parent() share: CostAllocationShare, @Context() context: RequestContext) {
    return required(await context.loaders.municipalityById.load(share.municipalityId), 'Municipality');
  }
}
