import { graphqlRequest } from '@bestuurskracht/api/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { aPerson, unique } from '../test/builders/structure.builders';
import { startOidcProvider, type TestOidcProvider } from '../test/oidc-test-provider';
import { startTestApp, type TestApp } from '../test/test-app';

const PUBLIC_URL = 'http://localhost:3000';
const CALLBACK = `${PUBLIC_URL}/auth/oidc/callback`;
const CLIENT = { clientId: 'bestuurskracht', clientSecret: 'test-secret', redirectUri: CALLBACK };

/** Cookies per site, as a browser keeps them (name=value only; these tests need no more). */
class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(setCookie: string[] | string | undefined): void {
    for (const cookie of [setCookie ?? []].flat()) {
      const [pair] = cookie.split(';');
      const name = pair.slice(0, pair.indexOf('='));
      if (/expires=Thu, 01 Jan 1970/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, pair);
    }
  }

  header(): string {
    return [...this.cookies.values()].join('; ');
  }
}

describe('sign-in through OIDC', () => {
  let provider: TestOidcProvider;
  let api: TestApp;

  beforeAll(async () => {
    provider = await startOidcProvider(CLIENT);
    // A built client, to show that its deep-link fallback leaves /auth/* to the API.
    const clientDir = join(tmpdir(), `bk-client-${unique()}`);
    mkdirSync(clientDir);
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Bestuurskracht</title>');
    api = await startTestApp({
      OIDC_ISSUER_URL: provider.issuer,
      OIDC_CLIENT_ID: CLIENT.clientId,
      OIDC_CLIENT_SECRET: CLIENT.clientSecret,
      PUBLIC_URL,
      CLIENT_DIR: clientDir,
    });
  });
  afterAll(async () => {
    await api.close();
    await provider.close();
  });

  /** A browser: our login route → the provider (log in, consent) → our callback. Answers where it ends. */
  async function signInThroughProvider(): Promise<{ location: string; cookie: string }> {
    const app = new CookieJar();
    const start = await request(api.server).get('/auth/oidc/login').set('Accept', 'text/html');
    app.take(start.headers['set-cookie']);
    const atProvider = new CookieJar();
    let location = String(start.headers['location']);
    for (let hop = 0; !location.startsWith(CALLBACK); hop++) {
      if (hop === 10 || !location.startsWith(provider.issuer)) throw new Error(`lost at ${location}`);
      const response = await fetch(location, {
        redirect: 'manual',
        headers: { cookie: atProvider.header() },
      });
      atProvider.take(response.headers.getSetCookie());
      location = new URL(response.headers.get('location') ?? '', location).toString();
    }
    const callback = await request(api.server)
      .get(location.slice(PUBLIC_URL.length))
      .set('Accept', 'text/html')
      .set('Cookie', app.header());
    app.take(callback.headers['set-cookie']);
    return { location: String(callback.headers['location']), cookie: app.header() };
  }

  async function signedInPerson(cookie: string): Promise<string | null> {
    const response = await graphqlRequest<{ me: { person: { id: string } | null } }>(
      api.server,
      `{ me { person { id } } }`,
      {},
      { cookie },
    );
    return response.data?.me.person?.id ?? null;
  }

  it('signs in the active person with the verified e-mail address, in any case, and returns to /', async () => {
    const person = await aPerson().create(api.dataSource);
    provider.loginAs({ sub: unique(), email: person.email.toUpperCase(), emailVerified: true });

    const result = await signInThroughProvider();

    expect([result.location, await signedInPerson(result.cookie)]).toEqual(['/', person.id]);
  });

  it('records the session as an OIDC sign-in', async () => {
    const person = await aPerson().create(api.dataSource);
    provider.loginAs({ sub: unique(), email: person.email, emailVerified: true });

    await signInThroughProvider();

    const sessions = await api.dataSource.query(`SELECT method FROM session WHERE person_id = $1`, [
      person.id,
    ]);
    expect(sessions).toEqual([{ method: 'OIDC' }]);
  });

  it('accepts an e-mail address from a provider that does not say whether it verified it', async () => {
    const person = await aPerson().create(api.dataSource);
    provider.loginAs({ sub: unique(), email: person.email });

    const result = await signInThroughProvider();

    expect(await signedInPerson(result.cookie)).toBe(person.id);
  });

  it('refuses an e-mail address the provider has not verified', async () => {
    const person = await aPerson().create(api.dataSource);
    provider.loginAs({ sub: unique(), email: person.email, emailVerified: false });

    const result = await signInThroughProvider();

    expect([result.location, await signedInPerson(result.cookie)]).toEqual(['/inloggen?fout=oidc', null]);
  });

  it('refuses a person who is not active', async () => {
    const person = await aPerson().create(api.dataSource);
    await api.dataSource.query(`UPDATE person SET active = false WHERE id = $1`, [person.id]);
    provider.loginAs({ sub: unique(), email: person.email, emailVerified: true });

    const result = await signInThroughProvider();

    expect([result.location, await signedInPerson(result.cookie)]).toEqual(['/inloggen?fout=oidc', null]);
  });

  it('refuses a callback that this browser did not start', async () => {
    const response = await request(api.server).get('/auth/oidc/callback?code=stolen&state=guessed');

    expect([response.status, response.headers['location'], response.headers['set-cookie']?.[0]]).toEqual([
      302,
      '/inloggen?fout=oidc',
      expect.stringMatching(/^bk_oidc=; Path=\/auth\/oidc;/),
    ]);
  });

  it('keeps state, nonce and PKCE verifier in a short-lived httpOnly cookie for /auth/oidc only', async () => {
    const response = await request(api.server).get('/auth/oidc/login');

    expect([
      response.headers['set-cookie']?.[0],
      new URL(response.headers['location']).searchParams.get('code_challenge_method'),
    ]).toEqual([
      expect.stringMatching(
        /^bk_oidc=[\w-]+; Max-Age=600; Path=\/auth\/oidc; Expires=.+; HttpOnly; SameSite=Lax$/,
      ),
      'S256',
    ]);
  });

  const SIGN_IN_OPTIONS = `{ signInOptions { oidcLoginPath } }`;

  it('tells the sign-in screen where OIDC sign-in starts', async () => {
    const response = await graphqlRequest<{ signInOptions: { oidcLoginPath: string | null } }>(
      api.server,
      SIGN_IN_OPTIONS,
    );

    expect(response.data?.signInOptions.oidcLoginPath).toBe('/auth/oidc/login');
  });

  it('is not offered when OIDC is not configured', async () => {
    const withoutOidc = await startTestApp();
    try {
      const response = await request(withoutOidc.server).get('/auth/oidc/login');
      const options = await graphqlRequest<{ signInOptions: { oidcLoginPath: string | null } }>(
        withoutOidc.server,
        SIGN_IN_OPTIONS,
      );

      expect([response.status, options.data?.signInOptions.oidcLoginPath]).toEqual([404, null]);
    } finally {
      await withoutOidc.close();
    }
  });
});
