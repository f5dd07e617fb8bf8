import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import { lineDiff, type LineChange } from '@bestuurskracht/shared/domain';
import { nl } from '@bestuurskracht/web/text';
import { DutchDatePipe } from '@bestuurskracht/web/ui';
import { NgTemplateOutlet } from '@angular/common';
import type { ProposalVersion } from './proposal.store';

/** The beslispunten as lines, numbered, so a renumbered point shows as changed. */
function pointLines(version: ProposalVersion): string[] {
  return version.decisionPoints.map((point) => `${point.number}. ${point.text}`);
}

/**
 * The proposal's versions, and what changed between two of them, line by line: added and removed lines are
 * marked in words (for screen readers), with a sign and strike-through, not only with colour.
 */
@Component({
  selector: 'bk-proposal-versions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, DutchDatePipe],
  templateUrl: './proposal-versions.html',
  styles: `
    h2,
    h3,
    h4,
    h5 {
      margin-block: 1.5rem 0.5rem;
    }
    .bk-compare {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .bk-diff {
      list-style: none;
      padding-inline-start: 0;
      font-family: inherit;
    }
    .bk-diff li {
      padding: 0.125rem 0.5rem;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .bk-diff ins {
      display: block;
      text-decoration: none;
      background: #e6f4ea;
    }
    .bk-diff del {
      display: block;
      background: #fdecea;
    }
    .bk-sign {
      display: inline-block;
      inline-size: 1.25em;
      font-weight: bold;
    }
  `,
})
export class ProposalVersions {
  readonly versions = input.required<readonly ProposalVersion[]>();

  protected readonly t = nl.proposal.versions;

  protected readonly fromNumber = linkedSignal(() => {
    const versions = this.versions();
    return versions[Math.max(versions.length - 2, 0)]?.number ?? 1;
  });
  protected readonly toNumber = linkedSignal(() => this.versions().at(-1)?.number ?? 1);

  private readonly pair = computed(() => {
    const byNumber = (n: number) => this.versions().find((v) => v.number === n);
    const from = byNumber(this.fromNumber());
    const to = byNumber(this.toNumber());
    return from && to && from !== to ? { from, to } : null;
  });

  protected readonly pointsDiff = computed<LineChange[]>(() => {
    const pair = this.pair();
    return pair ? lineDiff(pointLines(pair.from), pointLines(pair.to)) : [];
  });

  protected readonly bodyDiff = computed<LineChange[]>(() => {
    const pair = this.pair();
    return pair ? lineDiff(pair.from.body.split('\n'), pair.to.body.split('\n')) : [];
  });

  protected readonly summary = computed(() => {
    const all = [...this.pointsDiff(), ...this.bodyDiff()];
    return this.t.diffSummary(
      all.filter((c) => c.kind === 'ADDED').length,
      all.filter((c) => c.kind === 'REMOVED').length,
    );
  });

  protected readonly comparing = computed(() => this.pair() !== null);

  protected choose(which: 'from' | 'to', event: Event): void {
    const value = Number((event.target as HTMLSelectElement).value);
    (which === 'from' ? this.fromNumber : this.toNumber).set(value);
  }

  protected hasChanges(changes: readonly LineChange[]): boolean {
    return changes.some((c) => c.kind !== 'SAME');
  }
}
