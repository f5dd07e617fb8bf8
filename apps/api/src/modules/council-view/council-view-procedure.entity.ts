import { CouncilViewProcedureStatus, CouncilViewSubject } from '@bestuurskracht/shared/domain';
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
import { OrganisationEntity } from '../organisation/organisation.entity';
import { ProposalEntity } from '../proposal/proposal.entity';

/** zienswijzeprocedure: the DB sends a kadernota, begroting, … to every raad, who may give a view before a deadline. */
@Entity({ name: 'council_view_procedure' })
@Index('council_view_procedure_organisation_deadline_idx', ['organisationId', 'deadlineOn'])
@Check('council_view_procedure_subject_check', oneOf('subject', CouncilViewSubject))
@Check('council_view_procedure_status_check', oneOf('status', CouncilViewProcedureStatus))
@Check('council_view_procedure_deadline_check', 'deadline_on >= sent_on')
export class CouncilViewProcedureEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'council_view_procedure_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'organisation_id',
    foreignKeyConstraintName: 'council_view_procedure_organisation_fkey',
  })
  organisation?: OrganisationEntity;

  /** The board that sends it (the DB) */
  @Column({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'council_view_procedure_body_fkey' })
  body?: BodyEntity;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'council_view_procedure_proposal_fkey' })
  proposal?: ProposalEntity;

  @Column({ type: 'varchar', length: 32 })
  subject: CouncilViewSubject;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'sent_on', type: 'date' })
  sentOn: string;

  /** The legal deadline for the views (12 weeks for the ontwerpbegroting) */
  @Column({ name: 'deadline_on', type: 'date' })
  deadlineOn: string;

  @Column({ type: 'varchar', length: 16 })
  status: CouncilViewProcedureStatus;

  /** The DB's reaction to the views */
  @Column({ type: 'text', nullable: true })
  reaction: string | null;

  @Column({ name: 'reacted_on', type: 'date', nullable: true })
  reactedOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
