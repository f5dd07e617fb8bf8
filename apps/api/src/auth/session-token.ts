import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity';

export type SessionMethod = 'PASSWORD' | 'OIDC';

export interface IssuedSession {
  /** The cookie's value; never stored */
  token: string;
  session: SessionEntity;
}

/** Hex SHA-256 of a cookie token: the only form in which a token is stored. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Inserts a session with a fresh 256-bit token; used by the API and by the tests' `signInAs`. */
export async function issueSession(
  manager: EntityManager,
  personId: string,
  method: SessionMethod,
  maxHours: number,
): Promise<IssuedSession> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  const session = await manager.save(
    manager.create(SessionEntity, {
      personId,
      method,
      tokenHash: hashSessionToken(token),
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + maxHours * 3_600_000),
      revokedAt: null,
    }),
  );
  return { token, session };
}
