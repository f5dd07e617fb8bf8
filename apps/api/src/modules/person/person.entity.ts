import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** persoon: a user; may hold several memberships at once. */
@Entity({ name: 'person' })
@Index('person_email_key', { synchronize: false })
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'person_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Unique regardless of case (index person_email_key on lower(email), made in the migration) */
  @Column({ type: 'text' })
  email: string;

  /** argon2id hash; null for people who sign in through OIDC only */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
