import { Confidentiality, DecisionOutcome, RetentionClass } from '@bestuurskracht/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { dutchSearch, oneOf } from '../../database/sql';
import { BodyEntity } from '../body/body.entity';
import { SecrecyEntity } from '../integrity/secrecy.entity';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { MeetingEntity } from '../meeting/meeting.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { ProposalVersionEntity } from '../proposal/proposal-version.entity';
import { DecisionListEntity } from './decision-list.entity';

/**
 * besluit: the outcome of an agenda item. Once adopted it is a final record: a correction is a new decision that
 * points to the one it corrects (`correctsDecisionId`); the original is never changed.
 */
@Entity({ name: 'decision' })
@Index('decision_body_decided_idx', ['bodyId', 'decidedOn'])
@Index('decision_organisation_decided_idx', ['organisationId', 'decidedOn'])
@Index('decision_agenda_item_idx', ['agendaItemId'])
@Index('decision_decision_list_idx', ['decisionListId'])
@Index('decision_search_idx', { synchronize: false })
@Index('decision_municipality_scope_idx', { synchronize: false })
@Check('decision_outcome_check', oneOf('outcome', DecisionOutcome))
@Check('decision_confidentiality_check', oneOf('confidentiality', Confidentiality))
@Check('decision_retention_class_check', oneOf('retention_class', RetentionClass))
@Check('decision_secrecy_check', `confidentiality <> 'SECRET' OR secrecy_id IS NOT NULL`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'decision_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'decision_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'decision_body_fkey' })
  body?: BodyEntity;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'decision_meeting_fkey' })
  meeting?: MeetingEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'decision_agenda_item_fkey' })
  agendaItem?: AgendaItemEntity;

  /** The version of the proposal (with its decision points) that was decided on */
  @Column({ name: 'proposal_version_id', type: 'uuid', nullable: true })
  proposalVersionId: string | null;

  @ManyToOne(() => ProposalVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_version_id', foreignKeyConstraintName: 'decision_proposal_version_fkey' })
  proposalVersion?: ProposalVersionEntity;

  @Column({ name: 'decision_list_id', type: 'uuid', nullable: true })
  decisionListId: string | null;

  @ManyToOne(() => DecisionListEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_list_id', foreignKeyConstraintName: 'decision_decision_list_fkey' })
  decisionList?: DecisionListEntity;

  @Column({ name: 'corrects_decision_id', type: 'uuid', nullable: true })
  correctsDecisionId: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'corrects_decision_id', foreignKeyConstraintName: 'decision_corrects_fkey' })
  correctsDecision?: DecisionEntity;

  @Column({ type: 'text' })
  title: string;

  /** The wording of the decision as recorded */
  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 32 })
  outcome: DecisionOutcome;

  @Column({ name: 'decided_on', type: 'date' })
  decidedOn: string;

  @Column({ name: 'municipality_scope', type: 'uuid', array: true, default: () => "'{}'" })
  municipalityScope: string[];

  @Column({ type: 'varchar', length: 16 })
  confidentiality: Confidentiality;

  @Column({ name: 'secrecy_id', type: 'uuid', nullable: true })
  secrecyId: string | null;

  @ManyToOne(() => SecrecyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'secrecy_id', foreignKeyConstraintName: 'decision_secrecy_fkey' })
  secrecy?: SecrecyEntity;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'retention_class', type: 'varchar', length: 16 })
  retentionClass: RetentionClass;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: dutchSearch('title', 'text'),
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
