import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { PersonEntity } from '../person/person.entity';
import { AdviceEntity } from './advice.entity';

/** voorbehoud: where one gemeente differs from the committee's advice. */
@Entity({ name: 'advice_reservation' })
@Index('advice_reservation_advice_municipality_key', ['adviceId', 'municipalityId'], { unique: true })
export class AdviceReservationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'advice_reservation_pkey' })
  id: string;

  @Column({ name: 'advice_id', type: 'uuid' })
  adviceId: string;

  @ManyToOne(() => AdviceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'advice_id', foreignKeyConstraintName: 'advice_reservation_advice_fkey' })
  advice?: AdviceEntity;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'advice_reservation_municipality_fkey' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id', foreignKeyConstraintName: 'advice_reservation_recorded_by_fkey' })
  recordedBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
