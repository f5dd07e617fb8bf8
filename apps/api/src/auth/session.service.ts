import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { ConfigService } from '../config/config.service';
import { clearSessionCookie, readSessionToken, writeSessionCookie } from './session-cookie';
import { hashSessionToken, issueSession, type SessionMethod } from './session-token';

export interface CurrentSession {
  sessionId: string;
  personId: string;
}

/** Sessions in PostgreSQL behind an httpOnly cookie, so any replica can answer any request. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService,
  ) {}

  /** A new session for an active person; the caller sets the cookie with `writeCookie`. */
  async create(personId: string, method: SessionMethod): Promise<{ token: string; expiresAt: Date }> {
    const { token, session } = await issueSession(
      this.dataSource.manager,
      personId,
      method,
      this.config.get('sessionMaxHours'),
    );
    return { token, expiresAt: session.expiresAt };
  }

  /**
   * The request's session when it is neither revoked, expired nor idle for too long, and its person is active;
   * otherwise null. Marks the session as seen at most once a minute.
   */
  async fromRequest(req: Request): Promise<CurrentSession | null> {
    const token = readSessionToken(req);
    if (token === null) return null;
    const rows: { id: string; person_id: string; stale: boolean }[] = await this.dataSource.query(
      `SELECT session.id, session.person_id, session.last_seen_at < now() - interval '1 minute' AS stale
         FROM session
         JOIN person ON person.id = session.person_id AND person.active
        WHERE session.token_hash = $1
          AND session.revoked_at IS NULL
          AND session.expires_at > now()
          AND session.last_seen_at > now() - make_interval(mins => $2)`,
      [hashSessionToken(token), this.config.get('sessionIdleMinutes')],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) {
      await this.dataSource.query(`UPDATE session SET last_seen_at = now() WHERE id = $1`, [row.id]);
    }
    return { sessionId: row.id, personId: row.person_id };
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId],
    );
  }

  writeCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
    writeSessionCookie(req, res, token, expiresAt, this.config.get('secureCookies'));
  }

  clearCookie(req: Request, res: Response): void {
    clearSessionCookie(req, res, this.config.get('secureCookies'));
  }
}
