import { Module } from '@nestjs/common';
import { ProposalModule } from '../proposal/proposal.module';
import { AdviceResolver } from './advice.resolver';
import { AdviceService } from './advice.service';

@Module({ imports: [ProposalModule], providers: [AdviceService, AdviceResolver] })
export class AdviceModule {}
