import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { ProposalVersionEntity } from './proposal-version.entity';

/** The financial consequence of one proposal version for one gemeente, in euro cents per year. */
@Entity({ name: 'financial_impact' })
@Index('financial_impact_version_municipality_key', ['proposalVersionId', 'municipalityId'], { unique: true })
export class FinancialImpactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'financial_impact_pkey' })
  id: string;

  @Column({ name: 'proposal_version_id', type: 'uuid' })
  proposalVersionId: string;

  @ManyToOne(() => ProposalVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'proposal_version_id',
    foreignKeyConstraintName: 'financial_impact_proposal_version_fkey',
  })
  proposalVersion?: ProposalVersionEntity;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'financial_impact_municipality_fkey' })
  municipality?: MunicipalityEntity;

  /** Euro cents; negative is a saving. bigint is returned as a string. */
  @Column({ name: 'amount_cents', type: 'bigint' })
  amountCents: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
