import { isAbsolute, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

/** The whole configuration, validated once at start (see `.env.example`). */
export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  /** Unset: the API runs its own embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  databasePoolSize: number;
  dataDir: string;
  embeddedPostgresPort: number;
  seedDemoData: boolean;
  clientDir: string;
  logLevel: LogLevel;
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** A session ends this long after sign-in, however active. */
  sessionMaxHours: number;
  /** Mark cookies Secure even when the request reached us over HTTP (behind a TLS-terminating proxy). */
  secureCookies: boolean;
  /** Sign-in through an OpenID Connect provider; null (off) when no OIDC_* variable is set. */
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** PUBLIC_URL + /auth/oidc/callback, as registered at the provider */
  redirectUrl: string;
}

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A configuration error names the variable, so the operator knows what to fix. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env, workspaceRoot = process.cwd()): AppConfig {
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = optional(env, 'DATABASE_URL');
  if (databaseUrl !== null) assertPostgresUrl(databaseUrl);
  return {
    nodeEnv,
    host: optional(env, 'HOST') ?? '127.0.0.1',
    port: integer(env, 'PORT', 3000, 0, 65535),
    databaseUrl,
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    dataDir: path(env, 'DATA_DIR', '.data', workspaceRoot),
    embeddedPostgresPort: integer(env, 'EMBEDDED_POSTGRES_PORT', 54329, 1, 65535),
    // Demo data belongs to a demo: seeded by default only on the embedded database.
    seedDemoData: boolean(env, 'SEED_DEMO_DATA', databaseUrl === null),
    clientDir: path(env, 'CLIENT_DIR', 'dist/apps/web/browser', workspaceRoot),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'log'),
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 480, 1, 10_080),
    sessionMaxHours: integer(env, 'SESSION_MAX_HOURS', 12, 1, 720),
    secureCookies: boolean(env, 'SECURE_COOKIES', false),
    oidc: oidcConfig(env),
  };
}

const OIDC_VARIABLES = ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'PUBLIC_URL'] as const;

function oidcConfig(env: Env): OidcConfig | null {
  if (!OIDC_VARIABLES.some((name) => name.startsWith('OIDC_') && optional(env, name) !== null)) return null;
  const [issuerUrl, clientId, clientSecret, publicUrl] = OIDC_VARIABLES.map((name) => {
    const value = optional(env, name);
    if (value === null) throw new ConfigError(name, `must be set together with ${OIDC_VARIABLES.join(', ')}`);
    return value;
  });
  const issuer = httpUrl('OIDC_ISSUER_URL', issuerUrl);
  // Plain HTTP only to a provider on this machine (a local test provider): tokens must not cross a network.
  if (issuer.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname)) {
    throw new ConfigError('OIDC_ISSUER_URL', `must use https (got "${issuerUrl}")`);
  }
  const origin = httpUrl('PUBLIC_URL', publicUrl);
  if (origin.pathname !== '/' || origin.search || origin.hash) {
    throw new ConfigError(
      'PUBLIC_URL',
      `must be the address of the site only, e.g. https://bestuurskracht.example (got "${publicUrl}")`,
    );
  }
  return { issuerUrl, clientId, clientSecret, redirectUrl: `${origin.origin}/auth/oidc/callback` };
}

function httpUrl(name: string, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a valid URL (got "${raw}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(name, `must start with https:// (got "${raw}")`);
  }
  return url;
}

function optional(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase() ?? null;
  if (raw === null) return fallback;
  if (['true', '1', 'yes'].includes(raw)) return true;
  if (['false', '0', 'no'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

function path(env: Env, name: string, fallback: string, workspaceRoot: string): string {
  const raw = optional(env, name) ?? fallback;
  return isAbsolute(raw) ? raw : resolve(workspaceRoot, raw);
}

function assertPostgresUrl(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL',
      'is not a valid URL (expected postgres://user:password@host:5432/database)',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `must start with postgres:// (got "${url.protocol}//")`);
  }
  if (url.pathname.length <= 1) {
    throw new ConfigError(
      'DATABASE_URL',
      'must name a database (postgres://user:password@host:5432/database)',
    );
  }
}

/** The URL without its password, for messages and logs. */
export function redactDatabaseUrl(raw: string): string {
  const url = new URL(raw);
  if (url.password) url.password = '***';
  return url.toString();
}
