import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { nl } from '@bestuurskracht/web/text';

type Confidentiality = 'PUBLIC' | 'CONFIDENTIAL' | 'SECRET';

/**
 * Marks what is not for everyone: vertrouwelijk, geheim, and items limited to some gemeenten. In words, not
 * only colour, so it reads the same to a screen reader and in black and white. Openbaar items for all show
 * nothing, unless `showPublic` is set.
 */
@Component({
  selector: 'bk-confidentiality-mark',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (confidentiality() !== 'PUBLIC' || showPublic()) {
      <span class="utrecht-status-badge" [class]="badgeClass()">{{ label() }}</span>
    }
    @if (limitedTo().length > 0) {
      <span class="utrecht-status-badge utrecht-status-badge--neutral bk-limited">{{ limitedLabel() }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      vertical-align: middle;
    }
  `,
})
export class ConfidentialityMark {
  readonly confidentiality = input.required<Confidentiality>();
  /** Names of the gemeenten the item is limited to; empty for an item of all gemeenten. */
  readonly limitedTo = input<readonly string[]>([]);
  readonly showPublic = input(false);

  protected readonly label = computed(() => nl.labels.confidentiality[this.confidentiality()]);
  protected readonly badgeClass = computed(() => {
    switch (this.confidentiality()) {
      case 'SECRET':
        return 'utrecht-status-badge utrecht-status-badge--danger';
      case 'CONFIDENTIAL':
        return 'utrecht-status-badge utrecht-status-badge--warning';
      default:
        return 'utrecht-status-badge utrecht-status-badge--neutral';
    }
  });
  protected readonly limitedLabel = computed(() =>
    nl.marks.limitedToMunicipalities(
      new Intl.ListFormat('nl', { type: 'conjunction' }).format(this.limitedTo()),
    ),
  );
}
