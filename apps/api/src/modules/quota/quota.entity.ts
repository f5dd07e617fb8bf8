import { QuotaKind } from '@bestuurskracht/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/sql';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';

/** taakstelling: a quantitative target for one gemeente over one period. */
@Entity({ name: 'quota' })
@Index(
  'quota_organisation_municipality_kind_period_key',
  ['organisationId', 'municipalityId', 'kind', 'periodStart'],
  {
    unique: true,
  },
)
@Check('quota_kind_check', oneOf('kind', QuotaKind))
@Check('quota_period_check', 'period_end >= period_start')
@Check('quota_target_check', 'target >= 0')
export class QuotaEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'quota_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'quota_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'quota_municipality_fkey' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: QuotaKind;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ type: 'integer' })
  target: number;
}
