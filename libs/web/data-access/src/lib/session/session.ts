import { inject, Injectable } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { ErrorLike } from '@apollo/client';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map } from 'rxjs';
import { errorCode } from '../errors/error-code';
import { LogInDocument, LogOutDocument, SignInOptionsDocument } from '../generated/graphql';
import { AccessStore } from '../access/access.store';

export type LogInOutcome = 'SIGNED_IN' | 'WRONG_CREDENTIALS' | 'TOO_MANY_ATTEMPTS' | 'NETWORK' | 'UNKNOWN';

/** Signing in and out with the session cookie the API sets; `AccessStore` then tells who is signed in. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly apollo = inject(Apollo);
  private readonly access = inject(AccessStore);

  /** Where the OIDC button sends the browser; null when the organisation has no OIDC sign-in. */
  readonly oidcLoginPath = toSignal(
    this.apollo
      .query({ query: SignInOptionsDocument, fetchPolicy: 'network-only' })
      .pipe(map((result) => result.data?.signInOptions.oidcLoginPath ?? null)),
    { initialValue: null },
  );

  async logIn(email: string, password: string): Promise<LogInOutcome> {
    try {
      await firstValueFrom(
        this.apollo.mutate({ mutation: LogInDocument, variables: { input: { email, password } } }),
      );
    } catch (error) {
      const code = errorCode(error as ErrorLike);
      if (code === 'UNAUTHENTICATED' || code === 'BAD_USER_INPUT') return 'WRONG_CREDENTIALS';
      return code === 'TOO_MANY_ATTEMPTS' || code === 'NETWORK' ? code : 'UNKNOWN';
    }
    // Someone else's answers may still be cached in this tab.
    await this.apollo.client.clearStore();
    await this.access.reload();
    return 'SIGNED_IN';
  }

  /** Ends the session on the server and forgets everything this tab knew. */
  async logOut(): Promise<void> {
    try {
      await firstValueFrom(this.apollo.mutate({ mutation: LogOutDocument }));
    } finally {
      await this.apollo.client.clearStore();
      await this.access.reload();
    }
  }
}
