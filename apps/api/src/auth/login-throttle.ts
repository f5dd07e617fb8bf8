import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { tooManyAttempts } from '../graphql/errors';

const WINDOW = `interval '15 minutes'`;
const FAILURES_PER_EMAIL = 5;
const FAILURES_PER_ADDRESS = 20;

/** Limits password guessing per e-mail address and per client address, in PostgreSQL so every replica agrees. */
@Injectable()
export class LoginThrottle {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records the attempt as failed before the password is checked, then refuses it (and forgets it) when the
   * e-mail address or the client address already had too many failures in the last 15 minutes. Recording
   * first makes guesses sent in parallel count against each other: the last of them to count sees all the
   * others that got through, so no more than the limit do. Returns the attempt's id.
   */
  async admit(emailKey: string, address: string): Promise<string> {
    const [attempt]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO login_attempt (email_key, address) VALUES ($1, $2) RETURNING id`,
      [emailKey, address],
    );
    // The failure that, once it leaves the window, lets the next attempt in (greatest() skips NULLs).
    const [{ retry_at }]: { retry_at: Date | null }[] = await this.dataSource.query(
      `SELECT greatest(
          (SELECT attempted_at FROM login_attempt
            WHERE email_key = $1 AND id <> $3 AND attempted_at > now() - ${WINDOW}
            ORDER BY attempted_at DESC OFFSET ${FAILURES_PER_EMAIL - 1} LIMIT 1),
          (SELECT attempted_at FROM login_attempt
            WHERE address = $2 AND id <> $3 AND attempted_at > now() - ${WINDOW}
            ORDER BY attempted_at DESC OFFSET ${FAILURES_PER_ADDRESS - 1} LIMIT 1)
        ) + ${WINDOW} AS retry_at`,
      [emailKey, address, attempt.id],
    );
    if (retry_at !== null) {
      await this.forget(attempt.id);
      throw tooManyAttempts(retry_at);
    }
    return attempt.id;
  }

  /** A successful sign-in does not count as a failure; earlier failures stay. */
  async forget(attemptId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_attempt WHERE id = $1`, [attemptId]);
  }
}
