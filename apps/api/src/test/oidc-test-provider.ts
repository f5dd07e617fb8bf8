import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';

export interface TestOidcAccount {
  sub: string;
  email: string;
  /** omitted from the claims when undefined */
  emailVerified?: boolean;
}

export interface TestOidcProvider {
  issuer: string;
  /** The account that "logs in" at the provider's next interaction */
  loginAs(account: TestOidcAccount): void;
  close(): Promise<void>;
}

/** The part of oidc-provider 8 these tests use (it ships no types). */
interface Provider {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{ prompt: { name: string }; params: { client_id: string; scope: string } }>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: object,
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: new (properties: { accountId: string; clientId: string }) => {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };
}
type ProviderClass = new (issuer: string, configuration: object) => Provider;

/**
 * A real OpenID Connect provider (oidc-provider) on a free loopback port with one confidential client. Its
 * login and consent pages are replaced by oidc-provider's documented interaction API: visiting the interaction
 * URL logs in the chosen account and grants the requested scopes, as a person clicking through would.
 */
export async function startOidcProvider(client: {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}): Promise<TestOidcProvider> {
  let account: TestOidcAccount | null = null;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  // oidc-provider accepts only plain objects of its own realm (config, claims); Jest runs this file in another.
  const configuration: { interactions: Record<string, unknown>; [key: string]: unknown } = inNodeRealm({
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: [client.redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256' }] },
    cookies: { keys: ['test-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    features: { devInteractions: { enabled: false } },
    interactions: {},
  });
  configuration.interactions['url'] = (_ctx: unknown, interaction: { uid: string }) =>
    `/interaction/${interaction.uid}`;
  configuration['findAccount'] = (_ctx: unknown, sub: string) =>
    account?.sub === sub
      ? {
          accountId: sub,
          claims: () =>
            inNodeRealm({
              sub,
              email: account?.email,
              ...(account?.emailVerified === undefined ? {} : { email_verified: account.emailVerified }),
            }),
        }
      : undefined;
  const provider = new (loadOidcProvider())(issuer, configuration);
  const interact = async (req: IncomingMessage, res: ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name === 'login') {
      if (!account) throw new Error('call loginAs() before signing in');
      const login = { login: { accountId: account.sub } };
      await provider.interactionFinished(req, res, login, { mergeWithLastSubmission: false });
      return;
    }
    const grant = new provider.Grant({ accountId: account?.sub ?? '', clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope);
    const consent = { consent: { grantId: await grant.save() } };
    await provider.interactionFinished(req, res, consent, { mergeWithLastSubmission: true });
  };
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (req.url?.startsWith('/interaction/')) {
      interact(req, res).catch((error: unknown) => res.writeHead(500).end(String(error)));
    } else {
      handle(req, res);
    }
  });
  return {
    issuer,
    loginAs: (next) => {
      account = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** A copy of plain data made by Node itself, so its objects have Node's `Object` as constructor. */
function inNodeRealm<T extends object>(data: T): T {
  const v8 = process.getBuiltinModule('node:v8') as typeof import('node:v8');
  return v8.deserialize(v8.serialize(data));
}

/** oidc-provider is ESM-only: loaded with Node's own require, past Jest's module sandbox. */
function loadOidcProvider(): ProviderClass {
  const nodeModule = process.getBuiltinModule('node:module') as typeof import('node:module');
  return (nodeModule.createRequire(__filename)('oidc-provider') as { default: ProviderClass }).default;
}
