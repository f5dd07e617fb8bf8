import { UseGuards } from '@nestjs/common';
import {
  Args,
  Context,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { Connection } from '../../graphql/pagination';
import type { RequestContext } from '../../graphql/request-context';
import { QuotaExchangesArgs } from './dto/quota-exchanges.args';
import { QuotasArgs } from './dto/quotas.args';
import { RecordQuotaExchangeInput } from './dto/record-quota-exchange.input';
import { RecordQuotaRealisationInput } from './dto/record-quota-realisation.input';
import { SetQuotaInput } from './dto/set-quota.input';
import { Quota, QuotaExchange, QuotaRealisation } from './quota.model';
import { QuotaService } from './quota.service';

@ObjectType()
export class QuotaConnection extends Connection(Quota, 'QuotaConnection') {}

@Resolver(() => Quota)
@UseGuards(SignedInGuard)
export class QuotaResolver {
  constructor(private readonly quotaService: QuotaService) {}

  @Query(() => QuotaConnection, { description: "An organisation's taakstellingen, latest periods first" })
  quotas(@CurrentViewer() viewer: Viewer, @Args() args: QuotasArgs) {
    return this.quotaService.list(viewer, args);
  }

  @Query(() => [QuotaExchange], { description: "An organisation's agreed exchanges, latest periods first" })
  quotaExchanges(
    @CurrentViewer() viewer: Viewer,
    @Args() args: QuotaExchangesArgs,
  ): Promise<QuotaExchange[]> {
    return this.quotaService.exchanges(viewer, args);
  }

  @Mutation(() => Quota)
  setQuota(@CurrentViewer() viewer: Viewer, @Args('input') input: SetQuotaInput): Promise<Quota> {
    return this.quotaService.set(viewer, input);
  }

  @Mutation(() => QuotaRealisation)
  recordQuotaRealisation(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordQuotaRealisationInput,
  ): Promise<QuotaRealisation> {
    return this.quotaService.recordRealisation(viewer, input);
  }

  @Mutation(() => QuotaExchange)
  recordQuotaExchange(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RecordQuotaExchangeInput,
  ): Promise<QuotaExchange> {
    return this.quotaService.recordExchange(viewer, input);
  }

  @ResolveField(() => [QuotaRealisation], { description: 'Recorded figures, oldest first' })
  realisations(@Parent() quota: Quota, @Context() ctx: RequestContext): Promise<QuotaRealisation[]> {
    return ctx.loaders.realisationsByQuota.load(quota.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'The latest recorded figure; null before the first',
  })
  realised(@Parent() quota: Quota, @Context() ctx: RequestContext): Promise<number | null> {
    return ctx.loaders.latestRealisedByQuota.load(quota.id);
  }
}
