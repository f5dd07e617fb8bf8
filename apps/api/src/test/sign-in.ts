import type { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '../auth/session-cookie';
import { issueSession } from '../auth/session-token';
import { loadConfig } from '../config/app-config';

/** Signs a person in as a password login would, and returns the Cookie header value for `graphqlRequest`. */
export async function signInAs(dataSource: DataSource, personId: string): Promise<string> {
  const { sessionMaxHours } = loadConfig({ NODE_ENV: 'test' });
  const { token } = await issueSession(dataSource.manager, personId, 'PASSWORD', sessionMaxHours);
  return `${SESSION_COOKIE}=${token}`;
}
