import type { Request, Response } from 'express';
import { cookieOptions, readCookie } from './cookies';

export const SESSION_COOKIE = 'bk_session';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The session token from the Cookie header, or null when it is absent or not shaped like one of ours. */
export function readSessionToken(req: Request): string | null {
  const value = readCookie(req, SESSION_COOKIE);
  return value !== null && TOKEN.test(value) ? value : null;
}

export function writeSessionCookie(
  req: Request,
  res: Response,
  token: string,
  expiresAt: Date,
  alwaysSecure: boolean,
): void {
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req, alwaysSecure), expires: expiresAt });
}

export function clearSessionCookie(req: Request, res: Response, alwaysSecure: boolean): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(req, alwaysSecure));
}
