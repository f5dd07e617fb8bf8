import { DecisionListStatus, todayInNetherlands } from '@bestuurskracht/shared/domain';
import type { DecisionListEntity } from './decision-list.entity';
import type { DecisionList } from './decision-list.model';
import type { DecisionEntity } from './decision.entity';
import type { Decision } from './decision.model';
import type { VoteEntity } from './vote.entity';
import type { Vote } from './vote.model';

export function toDecision(entity: DecisionEntity): Decision {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    bodyId: entity.bodyId,
    meetingId: entity.meetingId,
    agendaItemId: entity.agendaItemId,
    proposalVersionId: entity.proposalVersionId,
    decisionListId: entity.decisionListId,
    correctsDecisionId: entity.correctsDecisionId,
    title: entity.title,
    text: entity.text,
    outcome: entity.outcome,
    decidedOn: entity.decidedOn,
    municipalityScope: entity.municipalityScope,
    confidentiality: entity.confidentiality,
    secrecyId: entity.secrecyId,
    publishedAt: entity.publishedAt,
    retentionClass: entity.retentionClass,
    createdAt: entity.createdAt,
  };
}

/** The Woo asks a besluitenlijst to be published within two weeks after its adoption. */
function publicationDeadline(
  entity: DecisionListEntity,
): Pick<DecisionList, 'publicationDueOn' | 'publicationOverdue'> {
  if (!entity.adoptedAt) return { publicationDueOn: null, publicationOverdue: false };
  const due = todayInNetherlands(new Date(entity.adoptedAt.getTime() + 14 * 24 * 60 * 60 * 1000));
  return {
    publicationDueOn: due,
    publicationOverdue: entity.status === DecisionListStatus.ADOPTED && todayInNetherlands() > due,
  };
}

export function toVote(entity: VoteEntity): Vote {
  return {
    id: entity.id,
    decisionId: entity.decisionId,
    personId: entity.personId,
    municipalityId: entity.municipalityId,
    choice: entity.choice,
  };
}

export function toDecisionList(entity: DecisionListEntity): DecisionList {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    bodyId: entity.bodyId,
    meetingId: entity.meetingId,
    status: entity.status,
    adoptedInMeetingId: entity.adoptedInMeetingId,
    adoptedAt: entity.adoptedAt,
    publishedAt: entity.publishedAt,
    ...publicationDeadline(entity),
    retentionClass: entity.retentionClass,
    createdAt: entity.createdAt,
  };
}
