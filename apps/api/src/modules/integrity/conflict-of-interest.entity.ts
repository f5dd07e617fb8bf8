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
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PersonEntity } from '../person/person.entity';
import { ProposalEntity } from '../proposal/proposal.entity';

/**
 * belangenverstrengeling: person P declares an interest in an agenda item or a proposal. They take no part in
 * deliberation or vote on it, and when `barsPapers` they may not see its papers.
 */
@Entity({ name: 'conflict_of_interest' })
@Index('conflict_of_interest_person_idx', ['personId'])
@Index('conflict_of_interest_agenda_item_idx', ['agendaItemId'])
@Index('conflict_of_interest_proposal_idx', ['proposalId'])
@Check('conflict_of_interest_subject_check', 'num_nonnulls(agenda_item_id, proposal_id) >= 1')
export class ConflictOfInterestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'conflict_of_interest_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'conflict_of_interest_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'conflict_of_interest_person_fkey' })
  person?: PersonEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'conflict_of_interest_agenda_item_fkey' })
  agendaItem?: AgendaItemEntity;

  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'conflict_of_interest_proposal_fkey' })
  proposal?: ProposalEntity;

  @Column({ type: 'text' })
  reason: string;

  @Column({ name: 'bars_papers', type: 'boolean', default: true })
  barsPapers: boolean;

  @CreateDateColumn({ name: 'declared_at', type: 'timestamptz' })
  declaredAt: Date;
}
