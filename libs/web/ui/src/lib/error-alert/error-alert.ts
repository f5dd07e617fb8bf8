import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** An error the user can act on: what went wrong, and a button to try again. */
@Component({
  selector: 'bk-error-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="utrecht-alert utrecht-alert--error" role="alert">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <p class="utrecht-paragraph">{{ message() }}</p>
          <button type="button" class="utrecht-button utrecht-button--primary-action" (click)="retry.emit()">
            {{ retryLabel() }}
          </button>
        </div>
      </div>
    </div>
  `,
})
export class ErrorAlert {
  readonly message = input.required<string>();
  readonly retryLabel = input('Probeer het opnieuw');
  readonly retry = output();
}
