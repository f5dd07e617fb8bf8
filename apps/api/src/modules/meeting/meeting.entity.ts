import { Confidentiality, MeetingStatus } from '@bestuurskracht/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { oneOf } from '../../database/sql';
import { BodyEntity } from '../body/body.entity';
import { SecrecyEntity } from '../integrity/secrecy.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';

/** vergadering: a meeting of a body. openbaar (PUBLIC) or besloten (CONFIDENTIAL or SECRET). */
@Entity({ name: 'meeting' })
@Index('meeting_body_starts_idx', ['bodyId', 'startsAt'])
@Index('meeting_organisation_starts_idx', ['organisationId', 'startsAt'])
@Check('meeting_status_check', oneOf('status', MeetingStatus))
@Check('meeting_confidentiality_check', oneOf('confidentiality', Confidentiality))
@Check('meeting_secrecy_check', `confidentiality <> 'SECRET' OR secrecy_id IS NOT NULL`)
@Check('meeting_period_check', 'ends_at IS NULL OR ends_at > starts_at')
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'meeting_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'meeting_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'meeting_body_fkey' })
  body?: BodyEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true })
  endsAt: Date | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: MeetingStatus;

  @Column({ type: 'varchar', length: 16 })
  confidentiality: Confidentiality;

  @Column({ name: 'secrecy_id', type: 'uuid', nullable: true })
  secrecyId: string | null;

  @ManyToOne(() => SecrecyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'secrecy_id', foreignKeyConstraintName: 'meeting_secrecy_fkey' })
  secrecy?: SecrecyEntity;

  /** Set when the agenda was published (Woo: at the latest when the meeting starts) */
  @Column({ name: 'agenda_published_at', type: 'timestamptz', nullable: true })
  agendaPublishedAt: Date | null;

  /** Set when the agenda was sent to the directors' meeting for review */
  @Column({ name: 'agenda_sent_at', type: 'timestamptz', nullable: true })
  agendaSentAt: Date | null;

  /** Set when the director concluded the directors' review of the agenda */
  @Column({ name: 'directors_reviewed_at', type: 'timestamptz', nullable: true })
  directorsReviewedAt: Date | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason: string | null;

  /** The iCal SEQUENCE: raised by database triggers on every change of the meeting or its agenda */
  @Column({ type: 'integer', default: 0, insert: false, update: false })
  sequence: number;

  /** Raised on every change, for optimistic concurrency */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
