import type { AddressInfo } from 'node:net';
import { hostileRequests, type HostileRequest } from '../test/hostile-documents';
import { signInAs } from '../test/sign-in';
import { aBoard } from '../test/builders/decision.builders';
import { startTestApp, type TestApp } from '../test/test-app';

/**
 * What an answer must never show: stack frames, driver or ORM text, SQL, file paths, schema hints (`Did you mean
 * "participations"?`; graphql-js's syntax hint about quote characters names no schema and may stay).
 */
const INTERNALS =
  /\bat [\w.<>]+ \(|node_modules|\/src\/|QueryFailedError|typeorm|EntityMetadata|duplicate key|violates|syntax error at or near|relation "|column "|\bSQLSTATE\b|Did you mean "|ECONNREFUSED|"stacktrace"|"stack"/i;

const COUNT = 10_000;
const CONCURRENCY = 16;
const SEED = 20261123;

describe('10,000 hostile GraphQL requests', () => {
  let api: TestApp;
  let baseUrl: string;
  let cookie: string;

  beforeAll(async () => {
    // as deployed: no introspection, no schema hints in errors
    api = await startTestApp({ NODE_ENV: 'production' });
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    const board = await aBoard().create(api.dataSource);
    cookie = await signInAs(api.dataSource, board.secretary.id);
  });
  afterAll(() => api.close());

  async function send(hostile: HostileRequest, signedIn: boolean): Promise<{ status: number; text: string }> {
    const headers: Record<string, string> = {};
    if (hostile.contentType) headers['content-type'] = hostile.contentType;
    if (signedIn) headers['cookie'] = cookie;
    const url =
      hostile.method === 'GET'
        ? `${baseUrl}/graphql?query=${encodeURIComponent(hostile.query ?? '')}`
        : `${baseUrl}/graphql`;
    const response = await fetch(url, { method: hostile.method, headers, body: hostile.body });
    return { status: response.status, text: await response.text() };
  }

  it('answers every one without a 5xx and without internals, signed in or not', async () => {
    const requests = hostileRequests(COUNT, SEED);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < requests.length) {
        const index = next++;
        const hostile = requests[index] as HostileRequest;
        const { status, text } = await send(hostile, index % 2 === 0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const leak = text.match(INTERNALS);
        if (status >= 500 || leak) {
          failures.push(
            `#${index} ${hostile.kind}: HTTP ${status}${leak ? ` shows "${leak[0]}"` : ''}: ${text.slice(0, 300)}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect({
      answered: [...statuses.values()].reduce((a, b) => a + b, 0),
      failures: failures.slice(0, 10),
    }).toEqual({
      answered: COUNT,
      failures: [],
    });
  }, 240_000);

  it('still answers a normal request afterwards', async () => {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { person { id } } }' }),
    });
    expect(response.status).toBe(200);
  });
});
