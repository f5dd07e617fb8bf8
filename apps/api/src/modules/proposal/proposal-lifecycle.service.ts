import {
  nextProposalState,
  proposalStateName,
  ProposalStep,
  type ProposalState,
} from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { ProposalEntity } from './proposal.entity';

export interface ProposalMove {
  proposalId: string;
  step: ProposalStep;
  /** the acting person; null for the system (e.g. a scheduled publication) */
  actorId: string | null;
  /** what caused the step, kept in the audit trail (e.g. the meeting or decision) */
  cause?: Record<string, unknown>;
}

const STEP_VERBS: Record<ProposalStep, string> = {
  [ProposalStep.SUBMIT_TO_COMMITTEE]: 'go to a committee',
  [ProposalStep.ADVISE]: 'be advised',
  [ProposalStep.REVIEW_BY_DIRECTORS]: 'be reviewed by the directors',
  [ProposalStep.PLACE_ON_AGENDA]: 'be placed on the agenda',
  [ProposalStep.DECIDE]: 'be decided',
  [ProposalStep.DEFER]: 'be deferred',
  [ProposalStep.PUBLISH]: 'be published',
  [ProposalStep.WITHDRAW]: 'be withdrawn',
};

/**
 * The one place a proposal changes state, always inside the transaction of the mutation that causes it: the step
 * must be legal from the current state (libs/shared/domain's state machine), the row is locked so two steps cannot
 * race, the version goes up so an open edit form gets CONFLICT, and the step is a fact in the audit trail.
 * Authorization is the caller's: each mutation decides who may cause its step.
 */
/**
 * Everyone who follows the proposal hears of the step, except who took it. Whether they may still read the
 * proposal is decided when the notification is shown, with the rules of that moment.
 */
async function notifyFollowers(
  manager: EntityManager,
  proposal: ProposalEntity,
  to: ProposalState,
  actorId: string | null,
): Promise<void> {
  await manager.query(
    `INSERT INTO notification (person_id, proposal_id, text)
     SELECT person_id, $1, $2 FROM proposal_follow WHERE proposal_id = $1 AND person_id IS DISTINCT FROM $3`,
    [proposal.id, `Voorstel ‘${proposal.title}’ is nu ${proposalStateName(to)}.`, actorId],
  );
}

@Injectable()
export class ProposalLifecycleService {
  constructor(private readonly audit: AuditService) {}

  async take(manager: EntityManager, move: ProposalMove): Promise<ProposalState> {
    const proposal = await manager.findOne(ProposalEntity, {
      where: { id: move.proposalId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!proposal) throw new Error(`proposal ${move.proposalId} vanished inside its own transaction`);
    const to = nextProposalState(proposal.state, move.step);
    if (to === null) {
      throw conflict(`the proposal is ${proposal.state} and cannot ${STEP_VERBS[move.step]} now`);
    }
    await manager.update(ProposalEntity, { id: proposal.id }, {
      state: to,
      version: () => 'version + 1',
    } as never);
    await this.audit.record(manager, {
      organisationId: proposal.organisationId,
      actorId: move.actorId,
      action: 'moveProposal',
      subjectType: 'Proposal',
      subjectId: proposal.id,
      details: { step: move.step, from: proposal.state, to, ...move.cause },
    });
    await notifyFollowers(manager, proposal, to, move.actorId);
    return to;
  }
}
