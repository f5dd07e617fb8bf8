import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One failed sign-in, kept for throttling per account and per address (the API keeps no state in memory). */
@Entity({ name: 'login_attempt' })
@Index('login_attempt_email_idx', ['emailKey', 'attemptedAt'])
@Index('login_attempt_address_idx', ['address', 'attemptedAt'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'login_attempt_pkey' })
  id: string;

  /** lower-case e-mail address as typed, whether or not an account has it */
  @Column({ name: 'email_key', type: 'text' })
  emailKey: string;

  /** the client's IP address */
  @Column({ type: 'text' })
  address: string;

  @CreateDateColumn({ name: 'attempted_at', type: 'timestamptz' })
  attemptedAt: Date;
}
