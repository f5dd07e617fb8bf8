import { CostAllocationMethod } from '@bestuurskracht/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/sql';
import { OrganisationEntity } from './organisation.entity';
import { ServiceAreaEntity } from './service-area.entity';

/** verdeelsleutel: how a cost is divided among gemeenten. */
@Entity({ name: 'cost_allocation_key' })
@Index('cost_allocation_key_organisation_name_key', ['organisationId', 'name'], { unique: true })
@Check('cost_allocation_key_method_check', oneOf('method', CostAllocationMethod))
export class CostAllocationKeyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'cost_allocation_key_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'cost_allocation_key_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'service_area_id', type: 'uuid', nullable: true })
  serviceAreaId: string | null;

  @ManyToOne(() => ServiceAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_area_id', foreignKeyConstraintName: 'cost_allocation_key_service_area_fkey' })
  serviceArea?: ServiceAreaEntity;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  method: CostAllocationMethod;
}
