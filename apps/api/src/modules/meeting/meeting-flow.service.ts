import {
  BodyKind,
  MeetingStatus,
  ProposalState,
  ProposalStep,
  PublicationKind,
  todayInNetherlands,
} from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { updateVersioned } from '../../database/versioned-update';
import { conflict } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { LiveEvents, publishAfter } from '../live/live-events.service';
import { BodyEntity } from '../body/body.entity';
import { ProposalLifecycleService } from '../proposal/proposal-lifecycle.service';
import { cancelCollegeTasks, createCollegeTasks } from './agenda-tasks';
import type { CancelMeetingInput, MeetingStepInput } from './dto/meeting-step.input';
import { MeetingEntity } from './meeting.entity';
import { toMeeting } from './meeting.mapper';
import type { Meeting } from './meeting.model';

interface StepContext {
  manager: EntityManager;
  meeting: MeetingEntity;
  actorId: string;
}

/**
 * The life of a meeting's agenda (domain.md, steps 3–5): built, sent to the directors' meeting, reviewed, published to
 * the board and the colleges, then closed — or cancelled. Each step is taken by who may change the meeting (the
 * director, the body's secretary), against the version the person saw, and moves the proposals it carries.
 */
@Injectable()
export class MeetingFlowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly lifecycle: ProposalLifecycleService,
    private readonly live: LiveEvents,
  ) {}

  sendToDirectors(viewer: Viewer, input: MeetingStepInput): Promise<Meeting> {
    return this.step(
      viewer,
      input,
      'sendAgendaToDirectors',
      [MeetingStatus.PLANNED],
      async ({ manager, meeting }) => {
        if (!(await hasDirectorsMeeting(manager, meeting.organisationId))) {
          throw conflict("the organisation has no directors' meeting; publish the agenda directly");
        }
        await requireAgenda(manager, meeting);
        return { status: MeetingStatus.AGENDA_SENT, agendaSentAt: new Date() };
      },
    );
  }

  concludeDirectorsReview(viewer: Viewer, input: MeetingStepInput): Promise<Meeting> {
    return this.step(
      viewer,
      input,
      'concludeDirectorsReview',
      [MeetingStatus.AGENDA_SENT],
      async ({ manager, meeting, actorId }) => {
        if (meeting.directorsReviewedAt) throw conflict("the directors' review has already been concluded");
        await this.moveCarried(
          manager,
          meeting,
          actorId,
          [ProposalState.ADVISED],
          ProposalStep.REVIEW_BY_DIRECTORS,
        );
        return { directorsReviewedAt: new Date() };
      },
    );
  }

  /**
   * Publishes the agenda to the board and, through a task per gemeente, to the colleges; the Woo publication is
   * recorded with its deadline, the start of the meeting. An organisation without a directors' meeting (Noaberkracht)
   * publishes straight from PLANNED.
   */
  publish(viewer: Viewer, input: MeetingStepInput): Promise<Meeting> {
    return this.step(
      viewer,
      input,
      'publishAgenda',
      [MeetingStatus.PLANNED, MeetingStatus.AGENDA_SENT],
      async ({ manager, meeting, actorId }) => {
        if (
          meeting.status === MeetingStatus.PLANNED &&
          (await hasDirectorsMeeting(manager, meeting.organisationId))
        ) {
          throw conflict("send the agenda to the directors' meeting before publishing it");
        }
        await requireAgenda(manager, meeting);
        await this.moveCarried(
          manager,
          meeting,
          actorId,
          [ProposalState.ADVISED, ProposalState.REVIEWED_BY_DIRECTORS],
          ProposalStep.PLACE_ON_AGENDA,
        );
        const body = await manager.findOneByOrFail(BodyEntity, { id: meeting.bodyId });
        const today = todayInNetherlands();
        if (body.kind === BodyKind.EXECUTIVE_BOARD || body.kind === BodyKind.GENERAL_BOARD) {
          await createCollegeTasks(manager, meeting, body, actorId, today);
        }
        const publishedAt = new Date();
        await manager.query(
          `INSERT INTO publication (organisation_id, kind, subject_id, due_at, published_at, published_by_id)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            meeting.organisationId,
            PublicationKind.AGENDA,
            meeting.id,
            meeting.startsAt,
            publishedAt,
            actorId,
          ],
        );
        return { status: MeetingStatus.PUBLISHED, agendaPublishedAt: publishedAt };
      },
    );
  }

  close(viewer: Viewer, input: MeetingStepInput): Promise<Meeting> {
    return this.step(viewer, input, 'closeMeeting', [MeetingStatus.PUBLISHED], async ({ meeting }) => {
      if (meeting.startsAt.getTime() > Date.now())
        throw conflict('a meeting is closed only once it has started');
      return { status: MeetingStatus.CLOSED };
    });
  }

  /** Proposals it carried wait for a later agenda again; the colleges' tasks for it are cancelled. */
  cancel(viewer: Viewer, input: CancelMeetingInput): Promise<Meeting> {
    return this.step(
      viewer,
      input,
      'cancelMeeting',
      [MeetingStatus.PLANNED, MeetingStatus.AGENDA_SENT, MeetingStatus.PUBLISHED],
      async ({ manager, meeting, actorId }) => {
        await this.moveCarried(manager, meeting, actorId, [ProposalState.ON_AGENDA], ProposalStep.DEFER);
        await cancelCollegeTasks(manager, meeting);
        return { status: MeetingStatus.CANCELLED, cancellationReason: input.reason.trim() };
      },
    );
  }

  private step(
    viewer: Viewer,
    input: MeetingStepInput,
    action: string,
    from: readonly MeetingStatus[],
    apply: (context: StepContext) => Promise<Partial<MeetingEntity>>,
  ): Promise<Meeting> {
    const actorId = viewer.requirePersonId();
    const work = this.dataSource.transaction(async (manager) => {
      const meeting = await viewer.findReadable<MeetingEntity>(manager, 'Meeting', input.meetingId);
      if (!from.includes(meeting.status)) {
        throw conflict(`the meeting is ${meeting.status} and cannot take this step (${action})`);
      }
      viewer.authorize('update', 'Meeting', meeting);
      if (meeting.version !== input.expectedVersion) {
        throw conflict('the meeting was changed by someone else; reload and try again');
      }
      const changes = await apply({ manager, meeting, actorId });
      await updateVersioned(
        manager,
        MeetingEntity,
        'the meeting',
        meeting.id,
        input.expectedVersion,
        changes,
      );
      await this.audit.record(manager, {
        organisationId: meeting.organisationId,
        actorId,
        action,
        subjectType: 'Meeting',
        subjectId: meeting.id,
        details: { from: meeting.status, to: changes.status ?? meeting.status },
      });
      return toMeeting(await manager.findOneByOrFail(MeetingEntity, { id: meeting.id }));
    });
    return publishAfter(work, (meeting) =>
      this.live.agendaChanged({ meetingId: meeting.id, agendaItemId: null, kind: 'MEETING_CHANGED' }),
    );
  }

  /** Takes `step` for every proposal on the agenda that is in one of the states `from`; others stay where they are. */
  private async moveCarried(
    manager: EntityManager,
    meeting: MeetingEntity,
    actorId: string,
    from: readonly ProposalState[],
    step: ProposalStep,
  ): Promise<void> {
    const rows: { id: string }[] = await manager.query(
      `SELECT DISTINCT proposal.id FROM agenda_item item JOIN proposal ON proposal.id = item.proposal_id
        WHERE item.meeting_id = $1 AND proposal.state = ANY($2) ORDER BY proposal.id`,
      [meeting.id, from],
    );
    for (const { id } of rows) {
      await this.lifecycle.take(manager, { proposalId: id, step, actorId, cause: { meetingId: meeting.id } });
    }
  }
}

async function hasDirectorsMeeting(manager: EntityManager, organisationId: string): Promise<boolean> {
  return manager.existsBy(BodyEntity, { organisationId, kind: BodyKind.DIRECTORS_MEETING });
}

async function requireAgenda(manager: EntityManager, meeting: MeetingEntity): Promise<void> {
  const [{ count }]: { count: number }[] = await manager.query(
    'SELECT count(*)::int AS count FROM agenda_item WHERE meeting_id = $1',
    [meeting.id],
  );
  if (count === 0) throw conflict('the agenda is empty');
}
