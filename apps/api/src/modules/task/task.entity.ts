import { Confidentiality, TaskOrigin, TaskStatus } from '@bestuurskracht/shared/domain';
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
import { DecisionEntity } from '../decision/decision.entity';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { MeetingEntity } from '../meeting/meeting.entity';
import { PersonEntity } from '../person/person.entity';

/**
 * actie / opdracht: follow-up work for a gemeente (optionally a person) or for the organisation itself.
 * `bodyId` is the board whose decision it follows, whose members may see it; `requestedByMunicipalityIds`
 * records who asked for a joint assignment (Noaberkracht).
 */
@Entity({ name: 'task' })
@Index('task_municipality_status_due_idx', ['municipalityId', 'status', 'dueOn'])
@Index('task_organisation_status_due_idx', ['organisationId', 'status', 'dueOn'])
@Index('task_assignee_idx', ['assigneeId'])
@Index('task_decision_idx', ['decisionId'])
@Index('task_body_idx', ['bodyId'])
// publishing an agenda twice must not give a gemeente a second "bespreek in college" task
@Index('task_agenda_publication_key', ['meetingId', 'municipalityId'], {
  unique: true,
  where: `origin = 'AGENDA_PUBLICATION'`,
})
@Check('task_status_check', oneOf('status', TaskStatus))
@Check('task_origin_check', oneOf('origin', TaskOrigin))
@Check('task_confidentiality_check', oneOf('confidentiality', Confidentiality))
@Check('task_assignee_check', 'municipality_id IS NOT NULL OR for_organisation')
@Check('task_done_check', `(status = 'DONE') = (completed_at IS NOT NULL)`)
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'task_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'task_organisation_fkey' })
  organisation?: OrganisationEntity;

  /** The gemeente that must do it; null for work of the organisation itself */
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'task_municipality_fkey' })
  municipality?: MunicipalityEntity;

  @Column({ name: 'for_organisation', type: 'boolean', default: false })
  forOrganisation: boolean;

  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'task_assignee_fkey' })
  assignee?: PersonEntity;

  /** The meeting whose published agenda asked for this task */
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'task_meeting_fkey' })
  meeting?: MeetingEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'due_on', type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 16 })
  status: TaskStatus;

  @Column({ type: 'varchar', length: 32 })
  origin: TaskOrigin;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'task_decision_fkey' })
  decision?: DecisionEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'task_agenda_item_fkey' })
  agendaItem?: AgendaItemEntity;

  @Column({ name: 'body_id', type: 'uuid', nullable: true })
  bodyId: string | null;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'task_body_fkey' })
  body?: BodyEntity;

  @Column({ name: 'requested_by_municipality_ids', type: 'uuid', array: true, default: () => "'{}'" })
  requestedByMunicipalityIds: string[];

  @Column({ type: 'varchar', length: 16 })
  confidentiality: Confidentiality;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'task_created_by_fkey' })
  createdBy?: PersonEntity;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ name: 'completed_by_id', type: 'uuid', nullable: true })
  completedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'completed_by_id', foreignKeyConstraintName: 'task_completed_by_fkey' })
  completedBy?: PersonEntity;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
