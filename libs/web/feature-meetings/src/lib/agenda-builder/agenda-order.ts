import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import type { ErrorLike } from '@apollo/client';
import { errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { ConfidentialityMark } from '@bestuurskracht/web/ui';
import type { AgendaItemHandling, AgendaItemPurpose } from '../generated/graphql';
import { type AgendaItem, MeetingStore } from '../meeting/meeting.store';

export const PURPOSES: readonly AgendaItemPurpose[] = ['DECISION', 'ADVICE', 'DISCUSSION', 'INFORMATION'];
export const HANDLINGS: readonly AgendaItemHandling[] = ['CONSENT', 'DEBATE'];

/**
 * The agenda in order, to rearrange: drag an item with the mouse, or use its Omhoog/Omlaag buttons; change its
 * purpose and handling; take it off the agenda after confirming. Each change is announced.
 */
@Component({
  selector: 'bk-agenda-order',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConfidentialityMark],
  templateUrl: './agenda-order.html',
  styles: `
    .bk-order {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .bk-item {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.5rem 1rem;
      padding: 0.75rem;
      margin-block-end: 0.5rem;
      border: 1px solid var(--utrecht-color-grey-80, #ccc);
      background: var(--utrecht-color-white, #fff);
    }
    .bk-item--dragging {
      opacity: 0.5;
    }
    .bk-item--target {
      border-block-start: 4px solid var(--utrecht-color-blue-40, #1a5ea8);
    }
    .bk-handle {
      cursor: grab;
      font-weight: bold;
      min-inline-size: 2.5rem;
    }
    .bk-controls {
      grid-column: 2;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: flex-end;
    }
  `,
})
export class AgendaOrder {
  protected readonly store = inject(MeetingStore);
  protected readonly t = nl.meetings.builder;
  protected readonly labels = nl.labels;
  protected readonly purposes = PURPOSES;
  protected readonly handlings = HANDLINGS;
  protected readonly cancelLabel = nl.actions.cancel;

  protected readonly busyId = signal<string | null>(null);
  protected readonly confirmingId = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly draggingId = signal<string | null>(null);
  protected readonly targetId = signal<string | null>(null);

  protected async move(item: AgendaItem, position: number, focus: 'up' | 'down' | null): Promise<void> {
    const total = this.store.items().length;
    if (position < 1 || position > total || position === item.position) return;
    await this.run(item.id, async () => {
      await this.store.moveItem(item.id, position);
      this.store.announce(this.t.moved(item.title, position, total));
      if (focus) this.refocus(item, position, total, focus);
    });
  }

  protected async change(item: AgendaItem, field: 'purpose' | 'handling', event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    await this.run(item.id, async () => {
      await this.store.updateItem({
        id: item.id,
        expectedVersion: item.version,
        ...(field === 'purpose'
          ? { purpose: value as AgendaItemPurpose }
          : { handling: value as AgendaItemHandling }),
      });
      this.store.announce(this.t.itemSaved(item.title));
    });
  }

  protected async remove(item: AgendaItem): Promise<void> {
    await this.run(item.id, async () => {
      await this.store.removeItem(item.id);
      this.confirmingId.set(null);
      this.store.announce(this.t.removed(item.title));
    });
  }

  protected dragStart(item: AgendaItem, event: DragEvent): void {
    this.draggingId.set(item.id);
    event.dataTransfer?.setData('text/plain', item.id);
    if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
  }

  protected dragOver(item: AgendaItem, event: DragEvent): void {
    if (!this.draggingId()) return;
    event.preventDefault();
    this.targetId.set(item.id);
  }

  protected async drop(target: AgendaItem, event: DragEvent): Promise<void> {
    event.preventDefault();
    const dragged = this.store.items().find((i) => i.id === this.draggingId());
    this.dragEnd();
    if (dragged) await this.move(dragged, target.position, null);
  }

  protected dragEnd(): void {
    this.draggingId.set(null);
    this.targetId.set(null);
  }

  private async run(id: string, work: () => Promise<void>): Promise<void> {
    this.busyId.set(id);
    this.failure.set(null);
    this.conflict.set(false);
    try {
      await work();
    } catch (error) {
      const code = errorCode(error as ErrorLike);
      if (code === 'CONFLICT') {
        await this.store.reload();
        this.conflict.set(true);
        this.failure.set(this.t.conflictReloaded);
      } else {
        this.failure.set(nl.errors[code]);
      }
    } finally {
      this.busyId.set(null);
    }
  }

  /** Keeps keyboard focus on the moved item; at the top or bottom the other button is the one that still works. */
  private refocus(item: AgendaItem, position: number, total: number, direction: 'up' | 'down'): void {
    const button =
      direction === 'up' && position === 1
        ? 'down'
        : direction === 'down' && position === total
          ? 'up'
          : direction;
    setTimeout(() => document.getElementById(`move-${button}-${item.id}`)?.focus());
  }
}
