import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProposalVersionEntity } from './proposal-version.entity';

/** beslispunt: one numbered point the body is asked to decide, as worded in one proposal version. */
@Entity({ name: 'decision_point' })
@Index('decision_point_version_number_key', ['proposalVersionId', 'number'], { unique: true })
@Check('decision_point_number_check', 'number >= 1')
export class DecisionPointEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'decision_point_pkey' })
  id: string;

  @Column({ name: 'proposal_version_id', type: 'uuid' })
  proposalVersionId: string;

  @ManyToOne(() => ProposalVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'proposal_version_id',
    foreignKeyConstraintName: 'decision_point_proposal_version_fkey',
  })
  proposalVersion?: ProposalVersionEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text' })
  text: string;
}
