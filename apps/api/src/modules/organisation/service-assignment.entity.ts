import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';
import { ServiceAreaEntity } from './service-area.entity';

/** taaktoewijzing / DVO: gemeente X has placed service area Y with the organisation, with a cost share. */
@Entity({ name: 'service_assignment' })
@Index('service_assignment_area_municipality_starts_key', ['serviceAreaId', 'municipalityId', 'startsOn'], {
  unique: true,
})
@Index('service_assignment_organisation_idx', ['organisationId'])
@Index('service_assignment_municipality_idx', ['municipalityId'])
@Check('service_assignment_period_check', 'ends_on IS NULL OR ends_on >= starts_on')
@Check('service_assignment_cost_share_check', 'cost_share_percent >= 0 AND cost_share_percent <= 100')
export class ServiceAssignmentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'service_assignment_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ name: 'service_area_id', type: 'uuid' })
  serviceAreaId: string;

  @ManyToOne(() => ServiceAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_area_id', foreignKeyConstraintName: 'service_assignment_service_area_fkey' })
  serviceArea?: ServiceAreaEntity;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'service_assignment_municipality_fkey' })
  municipality?: MunicipalityEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  /** This gemeente's share of the service area's costs, in percent (numeric, returned as a string). */
  @Column({ name: 'cost_share_percent', type: 'numeric', precision: 5, scale: 2 })
  costSharePercent: string;
}
