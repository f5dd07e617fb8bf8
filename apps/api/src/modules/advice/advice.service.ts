import { AdviceStatus, AgendaItemPurpose, ProposalState, ProposalStep } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { requireParticipating } from '../../database/references';
import { updateVersioned } from '../../database/versioned-update';
import { conflict, forbidden } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { ProposalLifecycleService } from '../proposal/proposal-lifecycle.service';
import { ProposalEntity } from '../proposal/proposal.entity';
import { AdviceReservationEntity } from './advice-reservation.entity';
import { AdviceEntity } from './advice.entity';
import { toAdvice, toAdviceReservation } from './advice.mapper';
import type { Advice, AdviceReservation } from './advice.model';
import type { AdoptAdviceInput } from './dto/adopt-advice.input';
import type { DraftAdviceInput } from './dto/draft-advice.input';
import type { RecordAdviceReservationInput } from './dto/record-advice-reservation.input';
import type { UpdateAdviceDraftInput } from './dto/update-advice-draft.input';

@Injectable()
export class AdviceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly lifecycle: ProposalLifecycleService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Advice> {
    return toAdvice(await viewer.findReadable<AdviceEntity>(this.dataSource.manager, 'Advice', id));
  }

  /**
   * One advice per item ter advisering, drafted by a member of the committee (the signed-in person); it inherits
   * the item's organisation, body and confidentiality.
   */
  draft(viewer: Viewer, input: DraftAdviceInput): Promise<Advice> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'AgendaItem', input.agendaItemId);
      const item = await manager
        .getRepository(AgendaItemEntity)
        .createQueryBuilder('item')
        .setLock('pessimistic_write')
        .where('item.id = :id', { id: input.agendaItemId })
        .getOneOrFail();
      const candidate = {
        organisationId: item.organisationId,
        bodyId: item.bodyId,
        proposalId: item.proposalId,
        agendaItemId: item.id,
        outcome: input.outcome,
        reasoning: input.reasoning,
        status: AdviceStatus.DRAFT,
        confidentiality: item.confidentiality,
        draftedById: actorId,
        adoptedById: null,
        adoptedAt: null,
      };
      viewer.authorizeNew('Advice', candidate);
      if (item.purpose !== AgendaItemPurpose.ADVICE || !item.proposalId) {
        throw conflict(
          'advice is given only on an item ter advisering (purpose ADVICE) that carries a proposal',
        );
      }
      if (await manager.existsBy(AdviceEntity, { agendaItemId: item.id })) {
        throw conflict('this agenda item already has an advice; update that draft instead');
      }
      const entity = await manager.save(
        manager.create(AdviceEntity, { ...candidate, proposalId: item.proposalId }),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'draftAdvice',
        subjectType: 'Advice',
        subjectId: entity.id,
        details: { agendaItemId: item.id, proposalId: entity.proposalId, outcome: entity.outcome },
      });
      return toAdvice(entity);
    });
  }

  updateDraft(viewer: Viewer, input: UpdateAdviceDraftInput): Promise<Advice> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const current = await viewer.findReadable<AdviceEntity>(manager, 'Advice', input.id);
      if (current.status !== AdviceStatus.DRAFT) {
        throw conflict('the advice has been adopted and can no longer be edited');
      }
      viewer.authorize('update', 'Advice', current);
      await updateVersioned(manager, AdviceEntity, 'the advice', current.id, input.expectedVersion, {
        outcome: input.outcome,
        reasoning: input.reasoning,
      });
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId,
        action: 'updateAdviceDraft',
        subjectType: 'Advice',
        subjectId: current.id,
        details: { outcome: input.outcome ?? current.outcome },
      });
      return toAdvice(await manager.findOneByOrFail(AdviceEntity, { id: current.id }));
    });
  }

  /** The committee's chair makes the draft final; the signed-in person is recorded as the one who adopted it. */
  adopt(viewer: Viewer, input: AdoptAdviceInput): Promise<Advice> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const current = await viewer.findReadable<AdviceEntity>(manager, 'Advice', input.id);
      if (current.status !== AdviceStatus.DRAFT) throw conflict('the advice has already been adopted');
      viewer.authorize('adopt', 'Advice', current);
      await updateVersioned(manager, AdviceEntity, 'the advice', current.id, input.expectedVersion, {
        status: AdviceStatus.ADOPTED,
        adoptedById: actorId,
        adoptedAt: new Date(),
      });
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId,
        action: 'adoptAdvice',
        subjectType: 'Advice',
        subjectId: current.id,
        details: { outcome: current.outcome },
      });
      await this.adviseProposal(manager, current, actorId);
      return toAdvice(await manager.findOneByOrFail(AdviceEntity, { id: current.id }));
    });
  }

  /**
   * The committee's adopted advice makes its proposal advised. A proposal that has moved on already (advice on a
   * later version, or a second committee) keeps its state: the advice is still part of the record.
   */
  private async adviseProposal(manager: EntityManager, advice: AdviceEntity, actorId: string): Promise<void> {
    if (!advice.proposalId) return;
    const proposal = await manager.findOneByOrFail(ProposalEntity, { id: advice.proposalId });
    if (proposal.state !== ProposalState.IN_COMMITTEE) return;
    await this.lifecycle.take(manager, {
      proposalId: proposal.id,
      step: ProposalStep.ADVISE,
      actorId,
      cause: { adviceId: advice.id },
    });
  }

  /**
   * One voorbehoud per gemeente per advice, recorded by a member of the advising committee on behalf of a gemeente
   * they act for there (the signed-in person).
   */
  recordReservation(viewer: Viewer, input: RecordAdviceReservationInput): Promise<AdviceReservation> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      await viewer.findReadable(manager, 'Advice', input.adviceId);
      const advice = await manager
        .getRepository(AdviceEntity)
        .createQueryBuilder('advice')
        .setLock('pessimistic_write')
        .where('advice.id = :id', { id: input.adviceId })
        .getOneOrFail();
      await viewer.findReadable(manager, 'Municipality', input.municipalityId);
      await requireParticipating(manager, advice.organisationId, [input.municipalityId], 'municipalityId');
      if (!actsForInBody(viewer, advice.bodyId, input.municipalityId)) {
        throw forbidden('you may record a reservation only for a gemeente you act for in this committee');
      }
      const taken = await manager.existsBy(AdviceReservationEntity, {
        adviceId: advice.id,
        municipalityId: input.municipalityId,
      });
      if (taken) throw conflict('this gemeente already has a reservation on this advice');
      const entity = await manager.save(
        manager.create(AdviceReservationEntity, {
          adviceId: advice.id,
          municipalityId: input.municipalityId,
          text: input.text,
          recordedById: actorId,
        }),
      );
      await this.audit.record(manager, {
        organisationId: advice.organisationId,
        actorId,
        action: 'recordAdviceReservation',
        subjectType: 'AdviceReservation',
        subjectId: entity.id,
        details: { adviceId: advice.id, municipalityId: entity.municipalityId },
      });
      return toAdviceReservation(entity);
    });
  }
}

/**
 * The rules have no subject for a reservation: it is the voice of one gemeente in the committee, so the person
 * must hold a membership of that committee today on behalf of that gemeente.
 */
function actsForInBody(viewer: Viewer, bodyId: string, municipalityId: string): boolean {
  return viewer.actor.memberships.some(
    (membership) => membership.bodyId === bodyId && membership.municipalityId === municipalityId,
  );
}
