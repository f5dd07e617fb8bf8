import request from 'supertest';
import { startTestApp, type TestApp } from '../test/test-app';
import { aPerson, unique } from '../test/builders/structure.builders';
import { hashPassword } from './password-hash';
import { hashSessionToken } from './session-token';

const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) { expiresAt } }`;
const ME = `{ me { person { id } } }`;
const PASSWORD = 'correct horse battery staple';

describe('logIn', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());
  // Every request comes from the loopback address: start each test below the per-address limit.
  beforeEach(() => api.dataSource.query(`DELETE FROM login_attempt`));

  async function aPersonWithPassword(active = true): Promise<{ id: string; email: string }> {
    const person = await aPerson().create(api.dataSource);
    await api.dataSource.query(`UPDATE person SET password_hash = $2, active = $3 WHERE id = $1`, [
      person.id,
      await hashPassword(PASSWORD),
      active,
    ]);
    return person;
  }

  async function logIn(email: string, password: string) {
    const response = await request(api.server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .send({ query: LOG_IN, variables: { input: { email, password } } });
    const setCookie = (response.headers['set-cookie'] as unknown as string[] | undefined)?.[0] ?? null;
    return {
      expiresAt: response.body.data?.logIn?.expiresAt as string | undefined,
      error: response.body.errors?.map(
        ({ message, extensions }: { message: string; extensions: { code: string } }) => ({
          message,
          code: extensions.code,
        }),
      )[0],
      setCookie,
      cookie: setCookie?.split(';')[0] ?? '',
    };
  }

  async function signedInPerson(cookie: string): Promise<string | null> {
    const response = await request(api.server)
      .post('/graphql')
      .set('Content-Type', 'application/json')
      .set('Cookie', cookie)
      .send({ query: ME });
    return response.body.data.me.person?.id ?? null;
  }

  it('signs in with any case of the e-mail address and sets an httpOnly, SameSite=Lax session cookie', async () => {
    const person = await aPersonWithPassword();

    const result = await logIn(person.email.toUpperCase(), PASSWORD);

    expect(result.setCookie).toMatch(/^bk_session=[\w-]{43}; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    expect(await signedInPerson(result.cookie)).toBe(person.id);
  });

  it('stores the session with the hash of its token, never the token', async () => {
    const person = await aPersonWithPassword();
    const { cookie, expiresAt } = await logIn(person.email, PASSWORD);
    const token = cookie.slice('bk_session='.length);

    const rows: { token_hash: string; method: string; expires_at: Date }[] = await api.dataSource.query(
      `SELECT token_hash, method, expires_at FROM session WHERE person_id = $1`,
      [person.id],
    );

    expect(rows).toEqual([
      { token_hash: hashSessionToken(token), method: 'PASSWORD', expires_at: new Date(expiresAt ?? '') },
    ]);
  });

  it('gives a wrong password and an unknown e-mail address the same answer', async () => {
    const person = await aPersonWithPassword();

    const wrongPassword = await logIn(person.email, 'not the password');
    const unknownAddress = await logIn(`${unique()}@test.example`, PASSWORD);

    expect([wrongPassword.error, wrongPassword.setCookie]).toEqual([
      { message: 'wrong e-mail address or password', code: 'UNAUTHENTICATED' },
      null,
    ]);
    expect(unknownAddress).toEqual(wrongPassword);
  });

  it('spends as long on an unknown e-mail address as on a wrong password', async () => {
    const person = await aPersonWithPassword();
    const time = async (email: string) => {
      const started = performance.now();
      await logIn(email, 'not the password');
      return performance.now() - started;
    };
    // the fastest of a few answers: other work on the machine only ever adds time
    const fastest = (values: number[]) => Math.min(...values);
    const wrongPassword: number[] = [];
    const unknownAddress: number[] = [];
    for (let round = 0; round < 3; round++) {
      wrongPassword.push(await time(person.email));
      unknownAddress.push(await time(`${unique()}@test.example`));
    }

    // The hash check dominates both; without it the unknown address would answer over ten times faster.
    expect(fastest(unknownAddress) / fastest(wrongPassword)).toBeGreaterThan(0.5);
  });

  it('does not sign in an inactive person, with the same answer as a wrong password', async () => {
    const person = await aPersonWithPassword(false);

    const result = await logIn(person.email, PASSWORD);

    expect(result.error).toEqual({ message: 'wrong e-mail address or password', code: 'UNAUTHENTICATED' });
  });

  it('does not sign in with a password a person without one would have', async () => {
    const person = await aPerson().create(api.dataSource);

    const result = await logIn(person.email, '');

    expect(result.error?.code).toBe('UNAUTHENTICATED');
  });

  describe('throttling', () => {
    it('refuses even the right password after 5 failures for an e-mail address, saying when to retry', async () => {
      const person = await aPersonWithPassword();
      for (let attempt = 0; attempt < 5; attempt++) await logIn(person.email, 'guess');

      const result = await logIn(person.email, PASSWORD);

      expect(result.error?.code).toBe('TOO_MANY_ATTEMPTS');
      const retryAt = Date.parse(/try again after (\S+)$/.exec(result.error?.message ?? '')?.[1] ?? '');
      expect((retryAt - Date.now()) / 60_000).toBeGreaterThan(14);
      expect((retryAt - Date.now()) / 60_000).toBeLessThanOrEqual(15);
    });

    // Each attempt is recorded before it is counted, so at most 5 get past the count; under contention a
    // guess may be refused while another's row is still pending, so fewer is possible.
    it('checks at most 5 of the guesses sent in parallel', async () => {
      const person = await aPersonWithPassword();

      const results = await Promise.all(Array.from({ length: 10 }, () => logIn(person.email, 'guess')));

      const checked = results.filter((result) => result.error?.code === 'UNAUTHENTICATED');
      expect(checked.length).toBeLessThanOrEqual(5);
    });

    it('keeps failures before a success, and does not count the success', async () => {
      const person = await aPersonWithPassword();
      for (let attempt = 0; attempt < 4; attempt++) await logIn(person.email, 'guess');

      const success = await logIn(person.email, PASSWORD);
      const fifthFailure = await logIn(person.email, 'guess');
      const afterwards = await logIn(person.email, PASSWORD);

      expect([success.error, fifthFailure.error?.code, afterwards.error?.code]).toEqual([
        undefined,
        'UNAUTHENTICATED',
        'TOO_MANY_ATTEMPTS',
      ]);
    });

    it('refuses a client after 20 failures in 15 minutes, whatever the e-mail address', async () => {
      const person = await aPersonWithPassword();
      await logIn(`${unique()}@test.example`, 'guess');
      await api.dataSource.query(
        `INSERT INTO login_attempt (email_key, address)
         SELECT 'other-' || n || '@test.example', address FROM login_attempt, generate_series(1, 19) AS n`,
      );

      const result = await logIn(person.email, PASSWORD);

      expect(result.error?.code).toBe('TOO_MANY_ATTEMPTS');
    });

    it('forgets failures older than 15 minutes', async () => {
      const person = await aPersonWithPassword();
      for (let attempt = 0; attempt < 5; attempt++) await logIn(person.email, 'guess');
      await api.dataSource.query(`UPDATE login_attempt SET attempted_at = now() - interval '16 minutes'`);

      const result = await logIn(person.email, PASSWORD);

      expect(result.error).toBeUndefined();
    });
  });
});
