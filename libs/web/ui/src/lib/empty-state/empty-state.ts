import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What an empty list says: why it is empty and, projected, what the person can do about it. */
@Component({
  selector: 'bk-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="bk-empty-state">
    <p class="utrecht-paragraph">{{ message() }}</p>
    <ng-content />
  </div>`,
  styles: `
    .bk-empty-state {
      padding: 1rem;
      border: 1px dashed var(--utrecht-color-grey-40, #999);
      border-radius: 4px;
    }
  `,
})
export class EmptyState {
  readonly message = input.required<string>();
}
