import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A polite live region, so screen readers announce that data is on its way without interrupting. */
@Component({
  selector: 'bk-loading-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'status', 'aria-live': 'polite' },
  template: `<p class="utrecht-paragraph">
    <span class="bk-spinner" aria-hidden="true"></span>{{ label() }}
  </p>`,
  styles: `
    :host {
      display: block;
    }
    .bk-spinner {
      display: inline-block;
      inline-size: 1em;
      block-size: 1em;
      margin-inline-end: 0.5em;
      vertical-align: -0.125em;
      border: 0.15em solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: bk-spin 0.8s linear infinite;
    }
    @media (prefers-reduced-motion: reduce) {
      .bk-spinner {
        animation: none;
      }
    }
    @keyframes bk-spin {
      to {
        transform: rotate(360deg);
      }
    }
  `,
})
export class LoadingIndicator {
  readonly label = input('Gegevens worden geladen…');
}
