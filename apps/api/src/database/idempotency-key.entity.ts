import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../modules/person/person.entity';

/** A create mutation's idempotency key: the same person sending it again gets the first result, not a second row. */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'idempotency_key_pkey' })
  personId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'idempotency_key_pkey' })
  key: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'idempotency_key_person_fkey' })
  person?: PersonEntity;

  @Column({ type: 'varchar', length: 64 })
  mutation: string;

  @Column({ name: 'result_id', type: 'uuid', nullable: true })
  resultId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
