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
export class QuotaResolver {
  constructor(private readonly quotaService: QuotaService) {}

  @Query(() => QuotaConnection, { description: "An organisation's taakstellingen, latest periods first" })
  quotas(@Args() args: QuotasArgs) {
    return this.quotaService.list(args);
  }

  @Query(() => [QuotaExchange], { description: "An organisation's agreed exchanges, latest periods first" })
  quotaExchanges(@Args() args: QuotaExchangesArgs): Promise<QuotaExchange[]> {
    return this.quotaService.exchanges(args);
  }

  @Mutation(() => Quota)
  setQuota(@Args('input') input: SetQuotaInput): Promise<Quota> {
    return this.quotaService.set(input);
  }

  @Mutation(() => QuotaRealisation)
  recordQuotaRealisation(@Args('input') input: RecordQuotaRealisationInput): Promise<QuotaRealisation> {
    return this.quotaService.recordRealisation(input);
  }

  @Mutation(() => QuotaExchange)
  recordQuotaExchange(@Args('input') input: RecordQuotaExchangeInput): Promise<QuotaExchange> {
    return this.quotaService.recordExchange(input);
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
