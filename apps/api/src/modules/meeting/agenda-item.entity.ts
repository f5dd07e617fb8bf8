import { AgendaItemHandling, AgendaItemPurpose, Confidentiality } from '@bestuurskracht/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { oneOf } from '../../database/sql';
import { BodyEntity } from '../body/body.entity';
import { SecrecyEntity } from '../integrity/secrecy.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { ServiceAreaEntity } from '../organisation/service-area.entity';
import { ProposalEntity } from '../proposal/proposal.entity';
import { MeetingEntity } from './meeting.entity';

/**
 * agendapunt. Carries its own visibility attributes (organisation, body, gemeente scope, service area,
 * confidentiality) so that lists filter on indexed columns of this row. `sourceAgendaItemId` is the lineage:
 * the item in the committee that this DB item was forwarded from.
 */
@Entity({ name: 'agenda_item' })
// Deferred, so that reordering an agenda can swap positions inside one transaction.
@Unique('agenda_item_meeting_position_key', ['meetingId', 'position'], { deferrable: 'INITIALLY DEFERRED' })
@Index('agenda_item_organisation_idx', ['organisationId'])
@Index('agenda_item_body_idx', ['bodyId'])
@Index('agenda_item_proposal_idx', ['proposalId'])
@Index('agenda_item_source_idx', ['sourceAgendaItemId'])
@Index('agenda_item_municipality_scope_idx', { synchronize: false })
@Check('agenda_item_purpose_check', oneOf('purpose', AgendaItemPurpose))
@Check('agenda_item_handling_check', oneOf('handling', AgendaItemHandling))
@Check('agenda_item_confidentiality_check', oneOf('confidentiality', Confidentiality))
@Check('agenda_item_secrecy_check', `confidentiality <> 'SECRET' OR secrecy_id IS NOT NULL`)
@Check('agenda_item_position_check', 'position >= 1')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'agenda_item_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'agenda_item_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'agenda_item_meeting_fkey' })
  meeting?: MeetingEntity;

  /** The meeting's body, repeated here for the visibility predicate */
  @Column({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'agenda_item_body_fkey' })
  body?: BodyEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 16 })
  purpose: AgendaItemPurpose;

  @Column({ type: 'varchar', length: 16 })
  handling: AgendaItemHandling;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'agenda_item_proposal_fkey' })
  proposal?: ProposalEntity;

  @Column({ name: 'source_agenda_item_id', type: 'uuid', nullable: true })
  sourceAgendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'source_agenda_item_id', foreignKeyConstraintName: 'agenda_item_source_fkey' })
  sourceAgendaItem?: AgendaItemEntity;

  @Column({ name: 'service_area_id', type: 'uuid', nullable: true })
  serviceAreaId: string | null;

  @ManyToOne(() => ServiceAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_area_id', foreignKeyConstraintName: 'agenda_item_service_area_fkey' })
  serviceArea?: ServiceAreaEntity;

  /** Gemeenten this item is limited to; empty means all gemeenten of the organisation (GIN-indexed) */
  @Column({ name: 'municipality_scope', type: 'uuid', array: true, default: () => "'{}'" })
  municipalityScope: string[];

  @Column({ type: 'varchar', length: 16 })
  confidentiality: Confidentiality;

  @Column({ name: 'secrecy_id', type: 'uuid', nullable: true })
  secrecyId: string | null;

  @ManyToOne(() => SecrecyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'secrecy_id', foreignKeyConstraintName: 'agenda_item_secrecy_fkey' })
  secrecy?: SecrecyEntity;

  /** Openbaar on a published agenda, so public (domain.md); kept by a database trigger from the meeting */
  @Column({ name: 'on_published_agenda', type: 'boolean', default: false, insert: false, update: false })
  onPublishedAgenda: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
