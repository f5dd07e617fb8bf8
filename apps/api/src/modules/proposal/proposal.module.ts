import { Module } from '@nestjs/common';
import { ProposalLifecycleService } from './proposal-lifecycle.service';
import { ProposalStepRecordResolver } from './proposal-step-record.resolver';
import { ProposalVersionResolver } from './proposal-version.resolver';
import { ProposalResolver } from './proposal.resolver';
import { ProposalService } from './proposal.service';

@Module({
  providers: [
    ProposalService,
    ProposalLifecycleService,
    ProposalResolver,
    ProposalVersionResolver,
    ProposalStepRecordResolver,
  ],
  exports: [ProposalLifecycleService],
})
export class ProposalModule {}
