import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CostAllocationKeyEntity } from './cost-allocation-key.entity';
import { MunicipalityEntity } from './municipality.entity';

/** A fixed percentage (or a usage figure) of one gemeente in a cost allocation key. */
@Entity({ name: 'cost_allocation_share' })
@Index('cost_allocation_share_key_municipality_key', ['costAllocationKeyId', 'municipalityId'], {
  unique: true,
})
@Check('cost_allocation_share_value_check', 'value >= 0')
export class CostAllocationShareEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cost_allocation_share_pkey' })
  id: string;

  @Column({ name: 'cost_allocation_key_id', type: 'uuid' })
  costAllocationKeyId: string;

  @ManyToOne(() => CostAllocationKeyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cost_allocation_key_id', foreignKeyConstraintName: 'cost_allocation_share_key_fkey' })
  costAllocationKey?: CostAllocationKeyEntity;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'municipality_id',
    foreignKeyConstraintName: 'cost_allocation_share_municipality_fkey',
  })
  municipality?: MunicipalityEntity;

  /** Percentage for FIXED_PERCENTAGES, a usage figure for USAGE */
  @Column({ type: 'numeric', precision: 12, scale: 2 })
  value: string;
}
