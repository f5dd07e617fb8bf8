import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import type { ErrorLike } from '@apollo/client';
import { errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { type CalendarBody, MeetingCalendarStore } from './meeting-calendar.store';

/** "Abonneren in agenda-app": a private iCal URL for one body, to copy into an agenda app, and to revoke. */
@Component({
  selector: 'bk-calendar-subscription',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'bk-calendar-subscription' },
  template: `
    <section aria-labelledby="calendar-subscription-heading">
      <h2 class="utrecht-heading-2" id="calendar-subscription-heading">{{ t.heading }}</h2>
      <p class="utrecht-paragraph">{{ t.explanation }}</p>

      @if (failure(); as failure) {
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message utrecht-paragraph">{{ failure }}</p>
          </div>
        </div>
      }

      @if (url(); as url) {
        <div class="utrecht-form-field utrecht-form-field--text">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="calendar-url">{{ t.urlLabel }}</label>
          </div>
          <div class="utrecht-form-field__input">
            <input
              id="calendar-url"
              class="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only"
              type="text"
              readonly
              [value]="url"
              (focus)="selectAll($event)"
            />
          </div>
        </div>
        <div class="utrecht-button-group">
          <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="copy(url)">
            {{ t.copy }}
          </button>
          <button
            type="button"
            class="utrecht-button utrecht-button--secondary-action"
            [disabled]="busy()"
            [attr.aria-disabled]="busy()"
            (click)="revoke()"
          >
            {{ busy() ? t.revoking : t.revoke }}
          </button>
        </div>
      } @else {
        <p class="utrecht-paragraph">{{ t.renewHint }}</p>
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          [disabled]="busy()"
          [attr.aria-disabled]="busy()"
          (click)="subscribe()"
        >
          {{ busy() ? t.creating : t.create }}
        </button>
      }
      <p class="utrecht-paragraph" role="status" aria-live="polite">{{ notice() }}</p>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    .utrecht-textbox {
      max-inline-size: 100%;
      inline-size: 40rem;
    }
  `,
})
export class CalendarSubscription {
  private readonly store = inject(MeetingCalendarStore);
  readonly body = input.required<CalendarBody>();

  protected readonly t = nl.meetings.calendar;
  protected readonly url = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly notice = signal('');
  protected readonly failure = signal<string | null>(null);

  constructor() {
    // Another body has its own link: what was shown belongs to the previous one.
    effect(() => {
      this.body();
      this.url.set(null);
      this.notice.set('');
      this.failure.set(null);
    });
  }

  protected async subscribe(): Promise<void> {
    await this.run(async () => this.url.set(await this.store.subscribe(this.body().id)));
  }

  protected async revoke(): Promise<void> {
    await this.run(async () => {
      await this.store.revoke(this.body().id);
      this.url.set(null);
      this.notice.set(this.t.revoked);
    });
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.notice.set(this.t.copied);
    } catch {
      this.notice.set(this.t.copyFailed);
    }
  }

  protected selectAll(event: Event): void {
    (event.target as HTMLInputElement).select();
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    this.notice.set('');
    try {
      await work();
    } catch (error) {
      this.failure.set(nl.errors[errorCode(error as ErrorLike)]);
    } finally {
      this.busy.set(false);
    }
  }
}
