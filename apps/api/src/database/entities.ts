import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { DecisionPointRevisionEntity } from '../modules/decision/decision-point-revision.entity';
import { NotificationEntity } from '../modules/notification/notification.entity';
import { ProposalFollowEntity } from '../modules/notification/proposal-follow.entity';
import { CalendarFeedEntity } from '../modules/export/calendar-feed.entity';
import { LoginAttemptEntity } from '../auth/login-attempt.entity';
import { SessionEntity } from '../auth/session.entity';
import { AdviceReservationEntity } from '../modules/advice/advice-reservation.entity';
import { AdviceEntity } from '../modules/advice/advice.entity';
import { AuditEntryEntity } from '../modules/audit/audit-entry.entity';
import { BodyEntity } from '../modules/body/body.entity';
import { MembershipEntity } from '../modules/body/membership.entity';
import { CouncilViewProcedureEntity } from '../modules/council-view/council-view-procedure.entity';
import { CouncilViewEntity } from '../modules/council-view/council-view.entity';
import { DecisionListEntity } from '../modules/decision/decision-list.entity';
import { DecisionEntity } from '../modules/decision/decision.entity';
import { VoteEntity } from '../modules/decision/vote.entity';
import { DocumentEntity } from '../modules/document/document.entity';
import { ConflictOfInterestEntity } from '../modules/integrity/conflict-of-interest.entity';
import { SecrecyShareEntity } from '../modules/integrity/secrecy-share.entity';
import { SecrecyEntity } from '../modules/integrity/secrecy.entity';
import { AgendaItemEntity } from '../modules/meeting/agenda-item.entity';
import { MeetingEntity } from '../modules/meeting/meeting.entity';
import { CostAllocationKeyEntity } from '../modules/organisation/cost-allocation-key.entity';
import { CostAllocationShareEntity } from '../modules/organisation/cost-allocation-share.entity';
import { MunicipalityEntity } from '../modules/organisation/municipality.entity';
import { OrganisationEntity } from '../modules/organisation/organisation.entity';
import { ParticipationEntity } from '../modules/organisation/participation.entity';
import { PortfolioEntity } from '../modules/organisation/portfolio.entity';
import { ServiceAreaEntity } from '../modules/organisation/service-area.entity';
import { ServiceAssignmentEntity } from '../modules/organisation/service-assignment.entity';
import { PersonEntity } from '../modules/person/person.entity';
import { DecisionPointEntity } from '../modules/proposal/decision-point.entity';
import { FinancialImpactEntity } from '../modules/proposal/financial-impact.entity';
import { ProposalVersionEntity } from '../modules/proposal/proposal-version.entity';
import { ProposalEntity } from '../modules/proposal/proposal.entity';
import { PublicationEntity } from '../modules/publication/publication.entity';
import { QuotaExchangeEntity } from '../modules/quota/quota-exchange.entity';
import { QuotaRealisationEntity } from '../modules/quota/quota-realisation.entity';
import { QuotaEntity } from '../modules/quota/quota.entity';
import { ReviewEntity } from '../modules/review/review.entity';
import { TaskEntity } from '../modules/task/task.entity';

/** Every TypeORM entity, listed explicitly: the API is bundled, so file globs would find nothing. */
export const ENTITIES = [
  SessionEntity,
  LoginAttemptEntity,
  OrganisationEntity,
  MunicipalityEntity,
  ParticipationEntity,
  PortfolioEntity,
  ServiceAreaEntity,
  ServiceAssignmentEntity,
  CostAllocationKeyEntity,
  CostAllocationShareEntity,
  PersonEntity,
  BodyEntity,
  MembershipEntity,
  SecrecyEntity,
  SecrecyShareEntity,
  MeetingEntity,
  AgendaItemEntity,
  ProposalEntity,
  ProposalVersionEntity,
  DecisionPointEntity,
  FinancialImpactEntity,
  AdviceEntity,
  AdviceReservationEntity,
  ReviewEntity,
  DecisionEntity,
  VoteEntity,
  DecisionListEntity,
  TaskEntity,
  CouncilViewProcedureEntity,
  CouncilViewEntity,
  DocumentEntity,
  ConflictOfInterestEntity,
  AuditEntryEntity,
  QuotaEntity,
  QuotaRealisationEntity,
  QuotaExchangeEntity,
  PublicationEntity,
  CalendarFeedEntity,
  ProposalFollowEntity,
  NotificationEntity,
  DecisionPointRevisionEntity,
  IdempotencyKeyEntity,
];
