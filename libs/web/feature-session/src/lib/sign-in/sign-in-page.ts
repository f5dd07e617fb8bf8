import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { type LogInOutcome, Session, SessionExpiry } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { returnPath } from './return-path';

const FAILURES: Record<Exclude<LogInOutcome, 'SIGNED_IN'>, string> = {
  WRONG_CREDENTIALS: nl.signIn.wrongCredentials,
  TOO_MANY_ATTEMPTS: nl.signIn.tooManyAttempts,
  NETWORK: nl.errors.NETWORK,
  UNKNOWN: nl.errors.UNKNOWN,
};

@Component({
  selector: 'bk-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './sign-in-page.html',
  styles: `
    .bk-sign-in {
      max-inline-size: 28rem;
    }
    .bk-oidc {
      margin-block-start: 2rem;
    }
  `,
})
export class SignInPage {
  private readonly session = inject(Session);
  private readonly expiry = inject(SessionExpiry);
  private readonly router = inject(Router);
  private readonly query = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  protected readonly t = nl.signIn;
  protected readonly oidcLoginPath = this.session.oidcLoginPath;
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly submitted = signal(false);

  /** Why the person is here: the session ran out, OIDC failed, or they just signed out. */
  protected readonly notice = computed(() => {
    const query = this.query();
    if (query.get('sessie') === 'verlopen') return this.t.sessionExpired;
    if (query.get('fout') === 'oidc') return this.t.oidcFailed;
    if (query.has('uitgelogd')) return this.t.signedOut;
    return null;
  });

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
  });

  protected invalid(field: 'email' | 'password'): boolean {
    return this.submitted() && this.form.controls[field].invalid;
  }

  protected async signIn(): Promise<void> {
    this.submitted.set(true);
    this.failure.set(null);
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }
    this.busy.set(true);
    const { email, password } = this.form.getRawValue();
    const outcome = await this.session.logIn(email.trim(), password);
    this.busy.set(false);
    if (outcome === 'SIGNED_IN') {
      this.expiry.clear();
      await this.router.navigateByUrl(returnPath(this.query().get('terug')));
      return;
    }
    this.failure.set(FAILURES[outcome]);
    this.form.controls.password.reset();
    // Move focus to the message, so a screen reader reads it and the person knows where they are.
    setTimeout(() => this.summary()?.nativeElement.focus());
  }

  private focusFirstInvalid(): void {
    const field = this.form.controls.email.invalid ? 'email' : 'password';
    document.getElementById(`sign-in-${field}`)?.focus();
  }
}
