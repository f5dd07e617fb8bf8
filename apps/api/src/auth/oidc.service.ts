import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import type { Configuration, TokenEndpointResponse, TokenEndpointResponseHelpers } from 'openid-client';
import { DataSource } from 'typeorm';
import type { OidcConfig } from '../config/app-config';
import { ConfigService } from '../config/config.service';
import { loadOpenidClient } from './openid-client';
import { takePendingOidc, writePendingOidc } from './pending-oidc-cookie';
import { SessionService } from './session.service';

/**
 * Sign-in through an OpenID Connect provider: authorization code flow with PKCE, state and nonce, for people
 * whose e-mail address the provider vouches for and who are active here.
 */
@Injectable()
export class OidcService {
  private readonly settings: OidcConfig | null;
  private configuration?: Promise<Configuration>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly config: ConfigService,
  ) {
    this.settings = config.get('oidc');
  }

  get enabled(): boolean {
    return this.settings !== null;
  }

  /** Keeps state, nonce and PKCE verifier in a short-lived cookie and answers the provider's URL to go to. */
  async begin(req: Request, res: Response): Promise<string> {
    const client = loadOpenidClient();
    const configuration = await this.discover();
    const pending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    writePendingOidc(req, res, pending, this.config.get('secureCookies'));
    return client
      .buildAuthorizationUrl(configuration, {
        redirect_uri: this.required().redirectUrl,
        scope: 'openid email',
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      })
      .toString();
  }

  /** Completes the provider's redirect: validates it, finds the person and sets the session cookie. */
  async finish(req: Request, res: Response): Promise<void> {
    const pending = takePendingOidc(req, res, this.config.get('secureCookies'));
    if (!pending) throw new Error('no sign-in was started in this browser (no or expired bk_oidc cookie)');
    const client = loadOpenidClient();
    const configuration = await this.discover();
    // The configured address, not the Host header, is what the provider redirected to.
    const currentUrl = new URL(this.required().redirectUrl);
    currentUrl.search = new URL(req.originalUrl, currentUrl).search;
    const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
    });
    const email = await this.verifiedEmail(configuration, tokens);
    const [person]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM person WHERE lower(email) = lower($1) AND active`,
      [email],
    );
    if (!person) throw new Error(`no active person has the e-mail address ${email}`);
    const { token, expiresAt } = await this.sessions.create(person.id, 'OIDC');
    this.sessions.writeCookie(req, res, token, expiresAt);
  }

  /**
   * The `email` claim, from the ID token or else from userinfo. When the provider sends `email_verified` it
   * must be true; a provider that omits it (Microsoft Entra ID does) is trusted to vouch for its directory.
   */
  private async verifiedEmail(
    configuration: Configuration,
    tokens: TokenEndpointResponse & TokenEndpointResponseHelpers,
  ): Promise<string> {
    const idToken = tokens.claims();
    if (!idToken) throw new Error('the provider sent no ID token');
    const claims =
      typeof idToken['email'] === 'string'
        ? idToken
        : await loadOpenidClient().fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    const email = claims['email'];
    if (typeof email !== 'string' || email === '') throw new Error('the provider sent no email claim');
    const verified = claims['email_verified'];
    if (verified !== undefined && verified !== true && verified !== 'true') {
      throw new Error(`the provider has not verified the e-mail address ${email}`);
    }
    return email;
  }

  /** Discovery on first use, not at start, so the API starts while the provider is down; retried after a failure. */
  private discover(): Promise<Configuration> {
    const { issuerUrl, clientId, clientSecret } = this.required();
    const client = loadOpenidClient();
    this.configuration ??= client
      .discovery(new URL(issuerUrl), clientId, undefined, client.ClientSecretBasic(clientSecret), {
        // app-config allows plain HTTP only for a provider on this machine.
        execute: new URL(issuerUrl).protocol === 'http:' ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        this.configuration = undefined;
        throw error;
      });
    return this.configuration;
  }

  private required(): OidcConfig {
    if (!this.settings) throw new Error('OIDC is not configured');
    return this.settings;
  }
}
