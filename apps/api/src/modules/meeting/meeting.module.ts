import { Module } from '@nestjs/common';
import { ProposalModule } from '../proposal/proposal.module';
import { AgendaItemResolver } from './agenda-item.resolver';
import { AgendaItemService } from './agenda-item.service';
import { MeetingResolver } from './meeting.resolver';
import { MeetingService } from './meeting.service';
import { MeetingFlowService } from './meeting-flow.service';
import { ProposalSubmissionService } from './proposal-submission.service';

@Module({
  imports: [ProposalModule],
  providers: [
    MeetingService,
    MeetingFlowService,
    MeetingResolver,
    AgendaItemService,
    AgendaItemResolver,
    ProposalSubmissionService,
  ],
})
export class MeetingModule {}
