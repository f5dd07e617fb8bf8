import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../authz/public.decorator';
import { SignedInGuard } from '../authz/signed-in.guard';
import type { RequestContext } from '../graphql/request-context';
import { LogInInput } from './dto/log-in.input';
import { OidcService } from './oidc.service';
import { PasswordLoginService } from './password-login.service';
import { SessionService } from './session.service';
import { SignInOptions } from './sign-in-options.model';
import { SignedIn } from './signed-in.model';

const OIDC_LOGIN_PATH = '/auth/oidc/login';

@Resolver()
@UseGuards(SignedInGuard)
export class AuthResolver {
  constructor(
    private readonly passwordLogin: PasswordLoginService,
    private readonly sessions: SessionService,
    private readonly oidc: OidcService,
  ) {}

  @Public()
  @Query(() => SignInOptions, {
    description: 'How a person can sign in: always with a password, OIDC when set up',
  })
  signInOptions(): SignInOptions {
    return { oidcLoginPath: this.oidc.enabled ? OIDC_LOGIN_PATH : null };
  }

  @Public()
  @Mutation(() => SignedIn, {
    description:
      'Signs in and sets the session cookie. UNAUTHENTICATED for a wrong e-mail address or password (the same ' +
      'for both); TOO_MANY_ATTEMPTS after 5 failures for the e-mail address, or 20 from the client, in 15 minutes',
  })
  async logIn(@Args('input') input: LogInInput, @Context() { req, res }: RequestContext): Promise<SignedIn> {
    const { token, expiresAt } = await this.passwordLogin.logIn(input.email, input.password, req.ip ?? '');
    this.sessions.writeCookie(req, res, token, expiresAt);
    return { expiresAt };
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Ends the current session, if any, and clears the cookie' })
  async logOut(@Context() { req, res, session }: RequestContext): Promise<boolean> {
    if (session) await this.sessions.revoke(session.sessionId);
    this.sessions.clearCookie(req, res);
    return true;
  }
}
