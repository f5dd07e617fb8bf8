import { CouncilViewStatus } from '@bestuurskracht/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/sql';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { CouncilViewProcedureEntity } from './council-view-procedure.entity';

/** zienswijze: one gemeenteraad's view in a procedure. */
@Entity({ name: 'council_view' })
@Index('council_view_procedure_municipality_key', ['procedureId', 'municipalityId'], { unique: true })
@Index('council_view_municipality_idx', ['municipalityId'])
@Check('council_view_status_check', oneOf('status', CouncilViewStatus))
@Check('council_view_submitted_check', `(status = 'AWAITED') = (submitted_on IS NULL)`)
export class CouncilViewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'council_view_pkey' })
  id: string;

  @Column({ name: 'procedure_id', type: 'uuid' })
  procedureId: string;

  @ManyToOne(() => CouncilViewProcedureEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'procedure_id', foreignKeyConstraintName: 'council_view_procedure_fkey' })
  procedure?: CouncilViewProcedureEntity;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'council_view_municipality_fkey' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 16 })
  status: CouncilViewStatus;

  @Column({ name: 'submitted_on', type: 'date', nullable: true })
  submittedOn: string | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;
}
