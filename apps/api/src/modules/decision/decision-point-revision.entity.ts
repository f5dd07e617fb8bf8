import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { DecisionEntity } from './decision.entity';

/**
 * The beslispunten of a decision as they stood after each amendment: revision 1 is what the proposal asked, every
 * amendment adds the next. Nothing is overwritten, so the history and its diffs stay.
 */
@Entity({ name: 'decision_point_revision' })
@Index('decision_point_revision_number_key', ['decisionId', 'number'], { unique: true })
export class DecisionPointRevisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'decision_point_revision_pkey' })
  id: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'decision_point_revision_decision_fkey' })
  decision?: DecisionEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'text', array: true })
  points: string[];

  /** Why the amendment was made; null for the first revision */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'decision_point_revision_created_by_fkey' })
  createdBy?: PersonEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
