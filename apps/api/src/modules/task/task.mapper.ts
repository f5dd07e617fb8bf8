import { isTaskLate } from './task-lateness';
import type { TaskEntity } from './task.entity';
import type { Task } from './task.model';

export function toTask(entity: TaskEntity): Task {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    municipalityId: entity.municipalityId,
    forOrganisation: entity.forOrganisation,
    assigneeId: entity.assigneeId,
    title: entity.title,
    description: entity.description,
    dueOn: entity.dueOn,
    status: entity.status,
    origin: entity.origin,
    decisionId: entity.decisionId,
    agendaItemId: entity.agendaItemId,
    bodyId: entity.bodyId,
    requestedByMunicipalityIds: entity.requestedByMunicipalityIds,
    confidentiality: entity.confidentiality,
    createdById: entity.createdById,
    completedAt: entity.completedAt,
    completedById: entity.completedById,
    late: isTaskLate(entity),
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}
