import { graphqlRequest } from '@bestuurskracht/api/testing';
import request from 'supertest';
import { aPerson } from '../test/builders/structure.builders';
import { signInAs } from '../test/sign-in';
import { startTestApp, type TestApp } from '../test/test-app';
import { AuthHousekeeping } from './auth-housekeeping';
import { hashSessionToken } from './session-token';

const ME = `{ me { person { id } } }`;

describe('sessions', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  async function signedInPerson(cookie: string): Promise<string | null> {
    const response = await graphqlRequest<{ me: { person: { id: string } | null } }>(
      api.server,
      ME,
      {},
      { cookie },
    );
    return response.data?.me.person?.id ?? null;
  }

  async function aSession(): Promise<{ personId: string; cookie: string; tokenHash: string }> {
    const person = await aPerson().create(api.dataSource);
    const cookie = await signInAs(api.dataSource, person.id);
    return { personId: person.id, cookie, tokenHash: hashSessionToken(cookie.split('=')[1]) };
  }

  const updateSession = (tokenHash: string, set: string) =>
    api.dataSource.query(`UPDATE session SET ${set} WHERE token_hash = $1`, [tokenHash]);

  it('signs the cookie holder in', async () => {
    const session = await aSession();

    expect(await signedInPerson(session.cookie)).toBe(session.personId);
  });

  it.each([
    ['expired', `expires_at = now() - interval '1 second'`],
    ['revoked', `revoked_at = now()`],
    ['idle for longer than 8 hours', `last_seen_at = now() - interval '8 hours 1 minute'`],
  ])('treats a session that is %s as anonymous', async (_state, set) => {
    const session = await aSession();
    await updateSession(session.tokenHash, set);

    expect(await signedInPerson(session.cookie)).toBeNull();
  });

  it('treats the session of a person who is no longer active as anonymous', async () => {
    const session = await aSession();
    await api.dataSource.query(`UPDATE person SET active = false WHERE id = $1`, [session.personId]);

    expect(await signedInPerson(session.cookie)).toBeNull();
  });

  it('treats an unknown or malformed cookie as anonymous', async () => {
    const answers = await Promise.all(
      ['bk_session=' + 'A'.repeat(43), 'bk_session=%zz', 'bk_session=', 'other=1'].map(signedInPerson),
    );

    expect(answers).toEqual([null, null, null, null]);
  });

  it('marks a session as seen when it was last seen over a minute ago, not on every request', async () => {
    const recent = await aSession();
    const earlier = await aSession();
    await updateSession(recent.tokenHash, `last_seen_at = now() - interval '30 seconds'`);
    await updateSession(earlier.tokenHash, `last_seen_at = now() - interval '2 hours'`);

    await signedInPerson(recent.cookie);
    await signedInPerson(earlier.cookie);

    const secondsSinceSeen = async (tokenHash: string) => {
      const [row]: { seconds: number }[] = await api.dataSource.query(
        `SELECT round(extract(epoch FROM now() - last_seen_at))::int AS seconds FROM session WHERE token_hash = $1`,
        [tokenHash],
      );
      return row.seconds;
    };
    expect({
      recent: (await secondsSinceSeen(recent.tokenHash)) >= 30,
      earlier: (await secondsSinceSeen(earlier.tokenHash)) < 5,
    }).toEqual({ recent: true, earlier: true });
  });

  describe('logOut', () => {
    const LOG_OUT = `mutation { logOut }`;

    it('revokes the session and clears the cookie, so the old cookie no longer signs in', async () => {
      const session = await aSession();

      const response = await request(api.server)
        .post('/graphql')
        .set('Content-Type', 'application/json')
        .set('Cookie', session.cookie)
        .send({ query: LOG_OUT });

      expect([response.body.data.logOut, response.headers['set-cookie']?.[0]]).toEqual([
        true,
        expect.stringMatching(
          /^bk_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax$/,
        ),
      ]);
      expect(await signedInPerson(session.cookie)).toBeNull();
    });

    it('answers true without a session', async () => {
      const response = await graphqlRequest<{ logOut: boolean }>(api.server, LOG_OUT);

      expect(response.data?.logOut).toBe(true);
    });
  });

  it('sweeps away sessions that can no longer sign in and login attempts older than a day', async () => {
    const [live, expired, revoked, idle] = await Promise.all([
      aSession(),
      aSession(),
      aSession(),
      aSession(),
    ]);
    await updateSession(expired.tokenHash, `expires_at = now() - interval '1 second'`);
    await updateSession(revoked.tokenHash, `revoked_at = now()`);
    await updateSession(idle.tokenHash, `last_seen_at = now() - interval '9 hours'`);
    const emailKey = `sweep-${Date.now()}@example.org`;
    await api.dataSource.query(
      `INSERT INTO login_attempt (email_key, address, attempted_at)
       VALUES ($1, '192.0.2.1', now() - interval '25 hours'), ($1, '192.0.2.2', now() - interval '1 hour')`,
      [emailKey],
    );

    const [{ id: personId }] = await api.dataSource.query(
      `INSERT INTO person (name, email) VALUES ('Dubbelklikker', $1) RETURNING id`,
      [`keys-${Date.now()}@example.org`],
    );
    await api.dataSource.query(
      `INSERT INTO idempotency_key (person_id, key, mutation, created_at)
       VALUES ($1, gen_random_uuid(), 'old', now() - interval '25 hours'), ($1, gen_random_uuid(), 'fresh', now())`,
      [personId],
    );

    await api.app.get(AuthHousekeeping).sweep();

    const sessions: { token_hash: string }[] = await api.dataSource.query(
      `SELECT token_hash FROM session WHERE token_hash = ANY($1)`,
      [[live, expired, revoked, idle].map((session) => session.tokenHash)],
    );
    const attempts: { address: string }[] = await api.dataSource.query(
      `SELECT address FROM login_attempt WHERE email_key = $1`,
      [emailKey],
    );
    const keys: { mutation: string }[] = await api.dataSource.query(
      'SELECT mutation FROM idempotency_key WHERE person_id = $1',
      [personId],
    );
    expect([
      sessions.map((row) => row.token_hash),
      attempts.map((row) => row.address),
      keys.map((row) => row.mutation),
    ]).toEqual([[live.tokenHash], ['192.0.2.2'], ['fresh']]);
    expect(await signedInPerson(live.cookie)).toBe(live.personId);
  });
});
