import { Injectable, signal } from '@angular/core';

/**
 * Set when the API answers UNAUTHENTICATED for someone who was signed in: the session expired or was revoked.
 * The shell then offers to sign in again without throwing away what is on the screen.
 */
@Injectable({ providedIn: 'root' })
export class SessionExpiry {
  private readonly expiredSignal = signal(false);
  readonly expired = this.expiredSignal.asReadonly();

  markExpired(): void {
    this.expiredSignal.set(true);
  }

  clear(): void {
    this.expiredSignal.set(false);
  }
}
