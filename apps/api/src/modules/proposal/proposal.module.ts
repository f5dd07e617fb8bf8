import { Module } from '@nestjs/common';
import { ProposalLifecycleService } from './proposal-lifecycle.service';
import { ProposalVersionResolver } from './proposal-version.resolver';
import { ProposalResolver } from './proposal.resolver';
import { ProposalService } from './proposal.service';

@Module({
  providers: [ProposalService, ProposalLifecycleService, ProposalResolver, ProposalVersionResolver],
  exports: [ProposalLifecycleService],
})
export class ProposalModule {}
