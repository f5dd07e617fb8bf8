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

export interface LiveSessionRow {
  id: string;
  person_id: string;
  stale: boolean;
}

/**
 * The session with token hash $1 when it is neither revoked, expired nor idle for more than $2 minutes, and its
 * person is active. A statement of its own, or the first part of the actor's (loadSignedInActor), so a request
 * learns who asks and what they may do in one round trip.
 */
export const LIVE_SESSION_SQL = `
SELECT session.id, session.person_id, session.last_seen_at < now() - interval '1 minute' AS stale
  FROM session
  JOIN person ON person.id = session.person_id AND person.active
 WHERE session.token_hash = $1
   AND session.revoked_at IS NULL
   AND session.expires_at > now()
   AND session.last_seen_at > now() - make_interval(mins => $2)`;

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

  /** The parameters of LIVE_SESSION_SQL for the request's cookie, null when it has none. */
  liveSessionParams(req: Request): [string, number] | null {
    const token = readSessionToken(req);
    return token === null ? null : [hashSessionToken(token), this.config.get('sessionIdleMinutes')];
  }

  /** The session of a LIVE_SESSION_SQL row (or null), marking it as seen at most once a minute. */
  async accept(row: LiveSessionRow | null | undefined): Promise<CurrentSession | null> {
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
