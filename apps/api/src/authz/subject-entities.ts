import type { SubjectName } from '@bestuurskracht/shared/authz';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { AdviceEntity } from '../modules/advice/advice.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { BodyEntity } from '../modules/body/body.entity';
import { MembershipEntity } from '../modules/body/membership.entity';
import { CouncilViewProcedureEntity } from '../modules/council-view/council-view-procedure.entity';
import { CouncilViewEntity } from '../modules/council-view/council-view.entity';
import { DecisionListEntity } from '../modules/decision/decision-list.entity';
import { DecisionEntity } from '../modules/decision/decision.entity';
import { DocumentEntity } from '../modules/document/document.entity';
import { ConflictOfInterestEntity } from '../modules/integrity/conflict-of-interest.entity';
import { SecrecyEntity } from '../modules/integrity/secrecy.entity';
import { AgendaItemEntity } from '../modules/meeting/agenda-item.entity';
import { MeetingEntity } from '../modules/meeting/meeting.entity';
import { CostAllocationKeyEntity } from '../modules/organisation/cost-allocation-key.entity';
import { MunicipalityEntity } from '../modules/organisation/municipality.entity';
import { OrganisationEntity } from '../modules/organisation/organisation.entity';
import { ParticipationEntity } from '../modules/organisation/participation.entity';
import { PortfolioEntity } from '../modules/organisation/portfolio.entity';
import { ServiceAreaEntity } from '../modules/organisation/service-area.entity';
import { ServiceAssignmentEntity } from '../modules/organisation/service-assignment.entity';
import { PersonEntity } from '../modules/person/person.entity';
import { ProposalEntity } from '../modules/proposal/proposal.entity';
import { PublicationEntity } from '../modules/publication/publication.entity';
import { QuotaEntity } from '../modules/quota/quota.entity';
import { ReviewEntity } from '../modules/review/review.entity';
import { TaskEntity } from '../modules/task/task.entity';

/** The table each subject's rules protect; rule conditions name the entity's properties. */
export const SUBJECT_ENTITIES: Record<SubjectName, EntityTarget<ObjectLiteral>> = {
  Organisation: OrganisationEntity,
  Municipality: MunicipalityEntity,
  Participation: ParticipationEntity,
  Body: BodyEntity,
  Portfolio: PortfolioEntity,
  ServiceArea: ServiceAreaEntity,
  ServiceAssignment: ServiceAssignmentEntity,
  CostAllocationKey: CostAllocationKeyEntity,
  Membership: MembershipEntity,
  Person: PersonEntity,
  Meeting: MeetingEntity,
  AgendaItem: AgendaItemEntity,
  Proposal: ProposalEntity,
  Advice: AdviceEntity,
  Review: ReviewEntity,
  Decision: DecisionEntity,
  DecisionList: DecisionListEntity,
  Task: TaskEntity,
  Document: DocumentEntity,
  CouncilViewProcedure: CouncilViewProcedureEntity,
  CouncilView: CouncilViewEntity,
  ConflictOfInterest: ConflictOfInterestEntity,
  Secrecy: SecrecyEntity,
  Quota: QuotaEntity,
  Publication: PublicationEntity,
  AuditEntry: AuditEntryEntity,
};

/**
 * Records that are read as their parent: besides its own rules, a row is visible only when its parent is. A
 * document has exactly one of its parents; the column says which.
 */
export const PARENTS: Partial<Record<SubjectName, { column: string; subject: SubjectName; via?: string }[]>> =
  {
    Review: [{ column: 'agenda_item_id', subject: 'AgendaItem' }],
    Advice: [{ column: 'agenda_item_id', subject: 'AgendaItem' }],
    CouncilView: [{ column: 'procedure_id', subject: 'CouncilViewProcedure' }],
    Document: [
      { column: 'agenda_item_id', subject: 'AgendaItem' },
      { column: 'decision_id', subject: 'Decision' },
      { column: 'proposal_version_id', subject: 'Proposal', via: 'proposal_id' },
      {
        column: 'council_view_id',
        subject: 'CouncilViewProcedure',
        via: '(SELECT view.procedure_id FROM council_view view WHERE view.id = {alias}.council_view_id)',
      },
    ],
  };
