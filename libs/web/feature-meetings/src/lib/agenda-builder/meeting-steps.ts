import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { ErrorLike } from '@apollo/client';
import { errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { MeetingStore, type MeetingStep } from '../meeting/meeting.store';

const STEP_TEXT = nl.meetings.builder.steps;
const LABELS: Record<MeetingStep, { label: string; explain: string }> = {
  sendToDirectors: { label: STEP_TEXT.sendToDirectors, explain: STEP_TEXT.sendToDirectorsExplain },
  concludeReview: { label: STEP_TEXT.concludeReview, explain: STEP_TEXT.concludeReviewExplain },
  publish: { label: STEP_TEXT.publish, explain: STEP_TEXT.publishExplain },
  close: { label: STEP_TEXT.close, explain: STEP_TEXT.closeExplain },
  cancel: { label: STEP_TEXT.cancel, explain: STEP_TEXT.cancelExplain },
};

/** The next steps of the meeting valid for its status, each explained and confirmed before it is taken. */
@Component({
  selector: 'bk-meeting-steps',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="meeting-steps-heading">
      <h3 class="utrecht-heading-3" id="meeting-steps-heading">{{ t.heading }}</h3>
      @if (failure(); as failure) {
        <div class="utrecht-alert utrecht-alert--error" role="alert">
          <div class="utrecht-alert__content">
            <p class="utrecht-alert__message utrecht-paragraph">{{ failure }}</p>
            @if (conflict()) {
              <button
                type="button"
                class="utrecht-button utrecht-button--secondary-action"
                (click)="reload()"
              >
                {{ reloadLabel }}
              </button>
            }
          </div>
        </div>
      }
      @if (store.steps().length === 0) {
        <p class="utrecht-paragraph">{{ t.none }}</p>
      }
      @for (step of store.steps(); track step) {
        <div class="bk-step">
          <p class="utrecht-paragraph">{{ labels[step].explain }}</p>
          @if (confirming() === step) {
            <div class="utrecht-alert utrecht-alert--warning" role="alert">
              <div class="utrecht-alert__content">
                <p class="utrecht-alert__message utrecht-paragraph">{{ t.confirm(labels[step].label) }}</p>
                @if (step === 'cancel') {
                  <div
                    class="utrecht-form-field utrecht-form-field--text"
                    [class.utrecht-form-field--invalid]="reasonMissing()"
                  >
                    <div class="utrecht-form-field__label">
                      <label class="utrecht-form-label" for="cancel-reason">{{ t.cancelReason }}</label>
                    </div>
                    @if (reasonMissing()) {
                      <p class="utrecht-form-field-error-message" id="cancel-reason-error">
                        {{ t.cancelReasonRequired }}
                      </p>
                    }
                    <div class="utrecht-form-field__input">
                      <textarea
                        id="cancel-reason"
                        class="utrecht-textarea utrecht-textarea--html-textarea"
                        rows="3"
                        [value]="reason()"
                        (input)="reason.set($any($event.target).value)"
                        [attr.aria-invalid]="reasonMissing()"
                        [attr.aria-describedby]="reasonMissing() ? 'cancel-reason-error' : null"
                      ></textarea>
                    </div>
                  </div>
                }
                <div class="utrecht-button-group">
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--primary-action"
                    [class.utrecht-button--busy]="busy()"
                    [disabled]="busy()"
                    [attr.aria-disabled]="busy()"
                    (click)="take(step)"
                  >
                    {{ busy() ? t.busy : t.confirmYes }}
                  </button>
                  <button
                    type="button"
                    class="utrecht-button utrecht-button--secondary-action"
                    (click)="confirming.set(null)"
                  >
                    {{ cancelLabel }}
                  </button>
                </div>
              </div>
            </div>
          } @else {
            <button
              type="button"
              class="utrecht-button"
              [class.utrecht-button--primary-action]="step !== 'cancel'"
              [class.utrecht-button--secondary-action]="step === 'cancel'"
              [disabled]="busy()"
              (click)="open(step)"
            >
              {{ labels[step].label }}
            </button>
          }
        </div>
      }
    </section>
  `,
  styles: `
    .bk-step {
      margin-block-end: 1.5rem;
    }
  `,
})
export class MeetingSteps {
  protected readonly store = inject(MeetingStore);
  protected readonly t = STEP_TEXT;
  protected readonly labels = LABELS;
  protected readonly cancelLabel = nl.actions.cancel;
  protected readonly reloadLabel = nl.meetings.builder.reload;
  protected readonly confirming = signal<MeetingStep | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly reason = signal('');
  protected readonly reasonMissing = signal(false);

  protected open(step: MeetingStep): void {
    this.failure.set(null);
    this.reasonMissing.set(false);
    this.confirming.set(step);
  }

  protected async take(step: MeetingStep): Promise<void> {
    if (step === 'cancel' && this.reason().trim() === '') {
      this.reasonMissing.set(true);
      document.getElementById('cancel-reason')?.focus();
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    this.conflict.set(false);
    try {
      const meeting = await this.store.takeStep(step, this.reason().trim());
      this.confirming.set(null);
      this.reason.set('');
      this.store.announce(this.t.done(nl.labels.meetingStatus[meeting.status]));
    } catch (error) {
      const code = errorCode(error as ErrorLike);
      this.conflict.set(code === 'CONFLICT');
      this.failure.set(nl.errors[code]);
    } finally {
      this.busy.set(false);
    }
  }

  protected async reload(): Promise<void> {
    await this.store.reload();
    this.failure.set(null);
    this.conflict.set(false);
  }
}
