import { CouncilViewProcedureStatus, daysUntil, todayInNetherlands } from '@bestuurskracht/shared/domain';
import type { CouncilViewProcedureEntity } from './council-view-procedure.entity';
import type { CouncilViewEntity } from './council-view.entity';
import type { CouncilView, CouncilViewProcedure } from './council-view.model';

export function toCouncilViewProcedure(entity: CouncilViewProcedureEntity): CouncilViewProcedure {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    bodyId: entity.bodyId,
    proposalId: entity.proposalId,
    subject: entity.subject,
    title: entity.title,
    sentOn: entity.sentOn,
    deadlineOn: entity.deadlineOn,
    daysLeft: daysUntil(entity.deadlineOn, todayInNetherlands()),
    overdue:
      entity.status === CouncilViewProcedureStatus.OPEN &&
      daysUntil(entity.deadlineOn, todayInNetherlands()) < 0,
    status: entity.status,
    reaction: entity.reaction,
    reactedOn: entity.reactedOn,
    createdAt: entity.createdAt,
  };
}

export function toCouncilView(entity: CouncilViewEntity): CouncilView {
  return {
    id: entity.id,
    procedureId: entity.procedureId,
    municipalityId: entity.municipalityId,
    status: entity.status,
    submittedOn: entity.submittedOn,
    summary: entity.summary,
  };
}
