import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One fact in the audit trail: who did what to which record, when. Append-only: the database rejects UPDATE,
 * DELETE and TRUNCATE on this table (trigger audit_entry_append_only).
 */
@Entity({ name: 'audit_entry' })
@Index('audit_entry_subject_idx', ['subjectType', 'subjectId'])
@Index('audit_entry_actor_idx', ['actorId', 'at'])
@Index('audit_entry_organisation_at_idx', ['organisationId', 'at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', primaryKeyConstraintName: 'audit_entry_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  /** The person who acted; null for the system (seed, scheduled work) */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  /** verbNoun of the mutation, e.g. publishAgenda */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 64 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
