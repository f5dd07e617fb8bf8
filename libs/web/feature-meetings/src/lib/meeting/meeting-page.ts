import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';
import {
  ConfidentialityMark,
  DutchDatePipe,
  EmptyState,
  ErrorAlert,
  LoadingIndicator,
} from '@bestuurskracht/web/ui';
import { AgendaBuilder } from '../agenda-builder/agenda-builder';
import { fileSize } from '../file-size';
import { meetingStatusBadge } from '../meeting-status';
import { type AgendaItem, MeetingStore } from './meeting.store';

type Mode = 'view' | 'build';

@Component({
  selector: 'bk-meeting-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    ConfidentialityMark,
    DutchDatePipe,
    EmptyState,
    ErrorAlert,
    LoadingIndicator,
    AgendaBuilder,
  ],
  providers: [MeetingStore],
  templateUrl: './meeting-page.html',
  styles: `
    .bk-marks {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-block-end: 1rem;
    }
    .bk-links,
    .bk-modes {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      margin-block: 1rem;
    }
    .bk-papers {
      margin: 0;
      padding-inline-start: 1rem;
    }
  `,
})
export class MeetingPage {
  protected readonly store = inject(MeetingStore);
  protected readonly t = nl.meetings.meeting;
  protected readonly builderText = nl.meetings.builder;
  protected readonly labels = nl.labels;
  protected readonly statusClass = meetingStatusBadge;
  protected readonly fileSize = fileSize;
  protected readonly mode = signal<Mode>('view');

  constructor() {
    const subscription = inject(ActivatedRoute).paramMap.subscribe((params) => {
      const id = params.get('id');
      if (id) this.store.load(id);
    });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  /** The committee's advice: the one given on this item, else the latest adopted one on its proposal. */
  protected adviceOf(item: AgendaItem): string | null {
    const adopted = item.proposal?.advices.filter((a) => a.status === 'ADOPTED') ?? [];
    const advice = item.advice ?? adopted.at(-1);
    return advice ? this.labels.adviceOutcome[advice.outcome] : null;
  }

  protected documentHref(document: { id: string; fileName: string }): string {
    return `/export/documents/${encodeURIComponent(document.id)}/${encodeURIComponent(document.fileName)}`;
  }

  protected agendaPdfHref(id: string): string {
    return `/export/meetings/${encodeURIComponent(id)}/agenda.pdf`;
  }
}
