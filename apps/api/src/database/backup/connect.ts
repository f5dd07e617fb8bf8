import { Client } from 'pg';
import { redactDatabaseUrl } from '../../config/app-config';
import { BackupError } from './backup-error';
import { SESSION_SETTINGS } from './backup-format';

/** A single connection with the backup's session settings; a failure to connect is a one-line BackupError. */
export async function connect(url: string, applicationName: string): Promise<Client> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: 10_000,
    application_name: applicationName,
  });
  // A connection lost mid-way fails the query under way; without a listener it would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new BackupError(`cannot connect to ${redactDatabaseUrl(url)}: ${connectionProblem(error)}`);
  }
  for (const statement of SESSION_SETTINGS) await client.query(statement);
  return client;
}

function connectionProblem(error: unknown): string {
  const { message, code } = (error ?? {}) as { message?: string; code?: string };
  if (code === 'ECONNREFUSED') return 'connection refused (is PostgreSQL running on that host and port?)';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'unknown host';
  return message || code || 'connection failed';
}

/** PostgreSQL's SQLSTATE of a failed query, if it has one. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
