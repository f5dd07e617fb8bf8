import { AdviceStatus, AgendaItemPurpose } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { conflict, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { requireParticipating, requirePerson } from '../../database/references';
import { updateVersioned } from '../../database/versioned-update';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { AdviceReservationEntity } from './advice-reservation.entity';
import { AdviceEntity } from './advice.entity';
import { toAdvice, toAdviceReservation } from './advice.mapper';
import type { Advice, AdviceReservation } from './advice.model';
import type { DraftAdviceInput } from './dto/draft-advice.input';
import type { RecordAdviceReservationInput } from './dto/record-advice-reservation.input';
import type { UpdateAdviceDraftInput } from './dto/update-advice-draft.input';

@Injectable()
export class AdviceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(id: string): Promise<Advice> {
    const entity = await this.dataSource.getRepository(AdviceEntity).findOneBy({ id });
    if (!entity) throw notFound('Advice');
    return toAdvice(entity);
  }

  /** One advice per item ter advisering; it inherits the item's organisation, body and confidentiality. */
  draft(input: DraftAdviceInput): Promise<Advice> {
    return this.dataSource.transaction(async (manager) => {
      const item = await manager
        .getRepository(AgendaItemEntity)
        .createQueryBuilder('item')
        .setLock('pessimistic_write')
        .where('item.id = :id', { id: input.agendaItemId })
        .getOne();
      if (!item) throw notFound('AgendaItem');
      if (item.purpose !== AgendaItemPurpose.ADVICE || !item.proposalId) {
        throw conflict(
          'advice is given only on an item ter advisering (purpose ADVICE) that carries a proposal',
        );
      }
      if (await manager.existsBy(AdviceEntity, { agendaItemId: item.id })) {
        throw conflict('this agenda item already has an advice; update that draft instead');
      }
      await requirePerson(manager, input.draftedById);
      const entity = await manager.save(
        manager.create(AdviceEntity, {
          organisationId: item.organisationId,
          bodyId: item.bodyId,
          proposalId: item.proposalId,
          agendaItemId: item.id,
          outcome: input.outcome,
          reasoning: input.reasoning,
          status: AdviceStatus.DRAFT,
          confidentiality: item.confidentiality,
          draftedById: input.draftedById,
          adoptedById: null,
          adoptedAt: null,
        }),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
        action: 'draftAdvice',
        subjectType: 'Advice',
        subjectId: entity.id,
        details: { agendaItemId: item.id, proposalId: entity.proposalId, outcome: entity.outcome },
      });
      return toAdvice(entity);
    });
  }

  updateDraft(input: UpdateAdviceDraftInput): Promise<Advice> {
    return this.dataSource.transaction(async (manager) => {
      const current = await manager.findOneBy(AdviceEntity, { id: input.id });
      if (!current) throw notFound('Advice');
      if (current.status !== AdviceStatus.DRAFT) {
        throw conflict('the advice has been adopted and can no longer be edited');
      }
      await updateVersioned(manager, AdviceEntity, 'the advice', current.id, input.expectedVersion, {
        outcome: input.outcome,
        reasoning: input.reasoning,
      });
      await this.audit.record(manager, {
        organisationId: current.organisationId,
        actorId: null,
        action: 'updateAdviceDraft',
        subjectType: 'Advice',
        subjectId: current.id,
        details: { outcome: input.outcome ?? current.outcome },
      });
      return toAdvice(await manager.findOneByOrFail(AdviceEntity, { id: current.id }));
    });
  }

  /** One voorbehoud per gemeente per advice, from a gemeente that takes part in the organisation. */
  recordReservation(input: RecordAdviceReservationInput): Promise<AdviceReservation> {
    return this.dataSource.transaction(async (manager) => {
      const advice = await manager
        .getRepository(AdviceEntity)
        .createQueryBuilder('advice')
        .setLock('pessimistic_write')
        .where('advice.id = :id', { id: input.adviceId })
        .getOne();
      if (!advice) throw notFound('Advice');
      if (!(await manager.existsBy(MunicipalityEntity, { id: input.municipalityId }))) {
        throw notFound('Municipality');
      }
      await requireParticipating(manager, advice.organisationId, [input.municipalityId], 'municipalityId');
      await requirePerson(manager, input.recordedById);
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
          recordedById: input.recordedById,
        }),
      );
      await this.audit.record(manager, {
        organisationId: advice.organisationId,
        actorId: null,
        action: 'recordAdviceReservation',
        subjectType: 'AdviceReservation',
        subjectId: entity.id,
        details: { adviceId: advice.id, municipalityId: entity.municipalityId },
      });
      return toAdviceReservation(entity);
    });
  }
}
