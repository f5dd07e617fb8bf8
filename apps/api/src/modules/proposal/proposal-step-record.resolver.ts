import { UseGuards } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { RequestContext } from '../../graphql/request-context';
import { Person } from '../person/person.model';
import { ProposalStepRecord } from './proposal-step-record.model';

@Resolver(() => ProposalStepRecord)
@UseGuards(SignedInGuard)
export class ProposalStepRecordResolver {
  @ResolveField(() => Person, { nullable: true, description: 'Who took the step; null for the system' })
  actor(
    @Parent() record: ProposalStepRecord,
    @Context() context: RequestContext,
  ): Promise<Person | null> | null {
    return record.actorId ? context.loaders.personById.load(record.actorId) : null;
  }
}
