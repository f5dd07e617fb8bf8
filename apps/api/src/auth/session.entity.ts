import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PersonEntity } from '../modules/person/person.entity';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is stored, so a leaked table does not
 * sign anyone in. A session ends when it expires or is revoked (logout, or an administrator).
 */
@Entity({ name: 'session' })
@Index('session_token_hash_key', ['tokenHash'], { unique: true })
@Index('session_person_idx', ['personId'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'session_pkey' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'session_person_fkey' })
  person?: PersonEntity;

  /** Hex SHA-256 of the cookie's token */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  /** PASSWORD or OIDC */
  @Column({ type: 'varchar', length: 16 })
  method: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_seen_at', type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
