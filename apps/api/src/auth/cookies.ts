import type { CookieOptions, Request } from 'express';

/** One cookie's value from the Cookie header, or null; the header is parsed here to avoid a dependency. */
export function readCookie(req: Request, name: string): string | null {
  for (const pair of req.headers.cookie?.split(';') ?? []) {
    const separator = pair.indexOf('=');
    if (separator >= 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return null;
}

/**
 * httpOnly, SameSite=Lax, and Secure on HTTPS requests or always when `alwaysSecure` (behind a TLS-terminating
 * proxy); `npm start` on http://localhost needs it off.
 */
export function cookieOptions(req: Request, alwaysSecure: boolean, path = '/'): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path, secure: alwaysSecure || req.secure };
}
