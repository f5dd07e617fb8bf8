import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'bk_session';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The session token from the Cookie header, or null when it is absent or not shaped like one of ours. */
export function readSessionToken(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const pair of header.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(separator + 1).trim();
    return TOKEN.test(value) ? value : null;
  }
  return null;
}

/** `alwaysSecure` is for deployments behind a TLS-terminating proxy; `npm start` on http://localhost needs it off. */
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

function cookieOptions(req: Request, alwaysSecure: boolean) {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: alwaysSecure || req.secure } as const;
}
