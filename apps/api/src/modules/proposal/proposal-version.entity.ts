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
import { dutchSearch } from '../../database/sql';
import { PersonEntity } from '../person/person.entity';
import { ProposalEntity } from './proposal.entity';

/** One version of a proposal's text. Versions are appended, never changed, so the history and diffs stay. */
@Entity({ name: 'proposal_version' })
@Index('proposal_version_proposal_number_key', ['proposalId', 'number'], { unique: true })
@Index('proposal_version_search_idx', { synchronize: false })
@Check('proposal_version_number_check', 'number >= 1')
export class ProposalVersionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'proposal_version_pkey' })
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_version_proposal_fkey' })
  proposal?: ProposalEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  /** The proposal text (aanleiding, argumenten, communicatie, …) */
  @Column({ type: 'text' })
  body: string;

  /** financiële consequenties, as text; per-gemeente amounts are in financial_impact */
  @Column({ name: 'financial_consequences', type: 'text', nullable: true })
  financialConsequences: string | null;

  /** Why this version was made (e.g. "amendement Bladel aangenomen") */
  @Column({ name: 'change_note', type: 'text', nullable: true })
  changeNote: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'proposal_version_created_by_fkey' })
  createdBy?: PersonEntity;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: dutchSearch('title', 'body', 'financial_consequences'),
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
