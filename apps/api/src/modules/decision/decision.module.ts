import { Module } from '@nestjs/common';
import { ProposalModule } from '../proposal/proposal.module';
import { DecisionListResolver } from './decision-list.resolver';
import { DecisionListService } from './decision-list.service';
import { DecisionResolver } from './decision.resolver';
import { DecisionService } from './decision.service';
import { DecisionPointsService } from './decision-points.service';
import { DecisionRecordResolver } from './decision-record.resolver';

@Module({
  imports: [ProposalModule],
  providers: [
    DecisionService,
    DecisionListService,
    DecisionPointsService,
    DecisionResolver,
    DecisionRecordResolver,
    DecisionListResolver,
  ],
})
export class DecisionModule {}
