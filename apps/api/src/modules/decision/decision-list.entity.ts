import { DecisionListStatus, RetentionClass } from '@bestuurskracht/shared/domain';
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
import { oneOf } from '../../database/sql';
import { BodyEntity } from '../body/body.entity';
import { MeetingEntity } from '../meeting/meeting.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';

/** besluitenlijst: the decisions of one meeting, adopted at the next meeting, then published (Woo: within 2 weeks). */
@Entity({ name: 'decision_list' })
@Index('decision_list_meeting_key', ['meetingId'], { unique: true })
@Index('decision_list_body_idx', ['bodyId'])
@Check('decision_list_status_check', oneOf('status', DecisionListStatus))
@Check('decision_list_retention_class_check', oneOf('retention_class', RetentionClass))
@Check('decision_list_adopted_check', `status = 'DRAFT' OR adopted_at IS NOT NULL`)
@Check('decision_list_published_check', `(status = 'PUBLISHED') = (published_at IS NOT NULL)`)
export class DecisionListEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'decision_list_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'decision_list_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'decision_list_body_fkey' })
  body?: BodyEntity;

  /** The meeting whose decisions are listed */
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'decision_list_meeting_fkey' })
  meeting?: MeetingEntity;

  @Column({ type: 'varchar', length: 16 })
  status: DecisionListStatus;

  /** The (next) meeting at which the list was adopted */
  @Column({ name: 'adopted_in_meeting_id', type: 'uuid', nullable: true })
  adoptedInMeetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'adopted_in_meeting_id',
    foreignKeyConstraintName: 'decision_list_adopted_in_meeting_fkey',
  })
  adoptedInMeeting?: MeetingEntity;

  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'retention_class', type: 'varchar', length: 16 })
  retentionClass: RetentionClass;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
