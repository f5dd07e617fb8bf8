import { QuotaKind } from '@bestuurskracht/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/sql';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';

/** An agreed exchange: one gemeente takes `amount` of another's quota of `kind` in a period. */
@Entity({ name: 'quota_exchange' })
@Index('quota_exchange_organisation_idx', ['organisationId', 'periodStart'])
@Check('quota_exchange_kind_check', oneOf('kind', QuotaKind))
@Check('quota_exchange_amount_check', 'amount > 0')
@Check('quota_exchange_parties_check', 'from_municipality_id <> to_municipality_id')
export class QuotaExchangeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'quota_exchange_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'quota_exchange_organisation_fkey' })
  organisation?: OrganisationEntity;

  /** The gemeente whose target goes down */
  @Column({ name: 'from_municipality_id', type: 'uuid' })
  fromMunicipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'from_municipality_id',
    foreignKeyConstraintName: 'quota_exchange_from_municipality_fkey',
  })
  fromMunicipality?: MunicipalityEntity;

  /** The gemeente that takes the larger share */
  @Column({ name: 'to_municipality_id', type: 'uuid' })
  toMunicipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_municipality_id', foreignKeyConstraintName: 'quota_exchange_to_municipality_fkey' })
  toMunicipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: QuotaKind;

  @Column({ type: 'integer' })
  amount: number;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  @Column({ name: 'agreed_on', type: 'date' })
  agreedOn: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
