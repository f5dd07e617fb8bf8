import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { QuotaEntity } from './quota.entity';

/** The realised figure of a quota as recorded on a date (cumulative within the period). */
@Entity({ name: 'quota_realisation' })
@Index('quota_realisation_quota_recorded_key', ['quotaId', 'recordedOn'], { unique: true })
@Check('quota_realisation_realised_check', 'realised >= 0')
export class QuotaRealisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'quota_realisation_pkey' })
  id: string;

  @Column({ name: 'quota_id', type: 'uuid' })
  quotaId: string;

  @ManyToOne(() => QuotaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quota_id', foreignKeyConstraintName: 'quota_realisation_quota_fkey' })
  quota?: QuotaEntity;

  @Column({ name: 'recorded_on', type: 'date' })
  recordedOn: string;

  @Column({ type: 'integer' })
  realised: number;
}
