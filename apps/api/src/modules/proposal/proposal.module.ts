import { Module } from '@nestjs/common';
import { ProposalVersionResolver } from './proposal-version.resolver';
import { ProposalResolver } from './proposal.resolver';
import { ProposalService } from './proposal.service';

@Module({ providers: [ProposalService, ProposalResolver, ProposalVersionResolver] })
export class ProposalModule {}
