import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { BodyEntity } from '../body/body.entity';
import { PersonEntity } from '../person/person.entity';

/**
 * A person's iCal subscription to a body's meetings. Calendar apps cannot sign in, so the URL carries a random token;
 * only its SHA-256 is stored. The feed shows what the person may read at the moment it is fetched.
 */
@Entity({ name: 'calendar_feed' })
@Index('calendar_feed_token_hash_key', ['tokenHash'], { unique: true })
@Index('calendar_feed_person_body_idx', ['personId', 'bodyId'])
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'calendar_feed_pkey' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'calendar_feed_person_fkey' })
  person?: PersonEntity;

  @Column({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'calendar_feed_body_fkey' })
  body?: BodyEntity;

  /** Hex SHA-256 of the URL's token */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
