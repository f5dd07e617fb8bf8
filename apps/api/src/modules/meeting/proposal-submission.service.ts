import {
  AgendaItemHandling,
  AgendaItemPurpose,
  BodyKind,
  ProposalState,
  ProposalStep,
} from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, conflict, forbidden } from '../../graphql/errors';
import { BodyEntity } from '../body/body.entity';
import { ProposalLifecycleService } from '../proposal/proposal-lifecycle.service';
import type { ProposalEntity } from '../proposal/proposal.entity';
import { AgendaItemService } from './agenda-item.service';
import { toAgendaItem } from './agenda-item.mapper';
import type { AgendaItem } from './agenda-item.model';
import type { SendProposalToCommitteeInput } from './dto/send-proposal-to-committee.input';
import type { MeetingEntity } from './meeting.entity';

/** Bodies that take a proposal ter advisering; a portefeuillehoudersoverleg may also decide on it (Noaberkracht). */
const ADVISING_BODIES: readonly BodyKind[] = [BodyKind.COMMITTEE, BodyKind.PORTFOLIO_MEETING];

/**
 * Step 2 of the flow: whoever may still edit the concept (its author, staff of its portfolio, the director) puts it on
 * the agenda of a committee or portefeuillehoudersoverleg. The item carries the proposal's title, gemeenten and
 * confidentiality; from then on the proposal is read through that item and changes only by new versions.
 */
@Injectable()
export class ProposalSubmissionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly agendaItems: AgendaItemService,
    private readonly lifecycle: ProposalLifecycleService,
  ) {}

  sendToCommittee(viewer: Viewer, input: SendProposalToCommitteeInput): Promise<AgendaItem> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const proposal = await viewer.findReadable<ProposalEntity>(manager, 'Proposal', input.proposalId);
      if (proposal.state !== ProposalState.CONCEPT) {
        throw conflict(`the proposal is ${proposal.state}; only a concept goes to a committee`);
      }
      // the concept's editors (its author, staff of its portfolio) and whoever may write proposals there (the director)
      if (!viewer.can('update', 'Proposal', proposal) && !viewer.can('create', 'Proposal', proposal)) {
        throw forbidden('you may not send this proposal to a committee');
      }
      if (proposal.version !== input.expectedVersion) {
        throw conflict('the proposal was changed by someone else; reload and try again');
      }
      const meeting = await viewer.findReadable<MeetingEntity>(manager, 'Meeting', input.meetingId);
      const body = await manager.findOneByOrFail(BodyEntity, { id: meeting.bodyId });
      const purpose = input.purpose ?? AgendaItemPurpose.ADVICE;
      if (meeting.organisationId !== proposal.organisationId || !ADVISING_BODIES.includes(body.kind)) {
        throw badUserInput('meetingId is not a committee meeting of the proposal’s organisation', [
          { field: 'meetingId', message: 'must be a meeting of a committee or portefeuillehoudersoverleg' },
        ]);
      }
      if (purpose === AgendaItemPurpose.DECISION && body.kind !== BodyKind.PORTFOLIO_MEETING) {
        throw badUserInput('only a portefeuillehoudersoverleg decides on a proposal directly', [
          { field: 'purpose', message: 'must be ADVICE for a committee' },
        ]);
      }
      await this.lifecycle.take(manager, {
        proposalId: proposal.id,
        step: ProposalStep.SUBMIT_TO_COMMITTEE,
        actorId,
        cause: { meetingId: meeting.id },
      });
      const item = await this.agendaItems.addWithin(
        viewer,
        manager,
        {
          meetingId: meeting.id,
          title: proposal.title,
          description: proposal.summary,
          purpose,
          handling: input.handling ?? AgendaItemHandling.DEBATE,
          proposalId: proposal.id,
          municipalityScope: proposal.municipalityScope,
          confidentiality: proposal.confidentiality,
          secrecyId: proposal.secrecyId,
        },
        false,
      );
      return toAgendaItem(item);
    });
  }
}
