import type { Request, Response } from 'express';
import { cookieOptions, readCookie } from './cookies';

const PENDING_OIDC_COOKIE = 'bk_oidc';
const PATH = '/auth/oidc';
const MAX_AGE_MS = 10 * 60_000;

/** What the callback must check, kept in this browser between the redirect to the provider and its return. */
export interface PendingOidc {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export function writePendingOidc(
  req: Request,
  res: Response,
  pending: PendingOidc,
  alwaysSecure: boolean,
): void {
  const value = Buffer.from(JSON.stringify(pending)).toString('base64url');
  res.cookie(PENDING_OIDC_COOKIE, value, { ...cookieOptions(req, alwaysSecure, PATH), maxAge: MAX_AGE_MS });
}

/** The pending sign-in, or null when the cookie is missing, expired or not ours; the cookie is cleared. */
export function takePendingOidc(req: Request, res: Response, alwaysSecure: boolean): PendingOidc | null {
  const value = readCookie(req, PENDING_OIDC_COOKIE);
  res.clearCookie(PENDING_OIDC_COOKIE, cookieOptions(req, alwaysSecure, PATH));
  if (value === null) return null;
  try {
    const pending: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    return isPendingOidc(pending) ? pending : null;
  } catch {
    return null;
  }
}

function isPendingOidc(value: unknown): value is PendingOidc {
  const fields = value as Partial<Record<keyof PendingOidc, unknown>> | null;
  return (
    typeof fields?.state === 'string' &&
    typeof fields.nonce === 'string' &&
    typeof fields.codeVerifier === 'string'
  );
}
