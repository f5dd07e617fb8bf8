import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { ErrorLike } from '@apollo/client';
import { AccessStore, errorCode } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';
import { DutchDatePipe, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import { map } from 'rxjs';
import { DecisionItem } from './decision-item';
import { MeetingDecisionsStore } from './meeting-decisions.store';

@Component({
  selector: 'bk-meeting-decisions-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, DecisionItem, DutchDatePipe, ErrorAlert, LoadingIndicator],
  providers: [MeetingDecisionsStore],
  templateUrl: './meeting-decisions-page.html',
  styles: `
    .bk-list {
      padding: 1rem;
      border: 1px solid var(--utrecht-color-grey-80, #ccc);
      border-radius: 4px;
    }
  `,
})
export class MeetingDecisionsPage {
  protected readonly store = inject(MeetingDecisionsStore);
  private readonly access = inject(AccessStore);
  protected readonly t = nl.decisions;
  protected readonly labels = nl.labels;
  protected readonly notFound = computed(() => errorCode(this.store.error()) === 'NOT_FOUND');
  protected readonly listFailure = signal<string | null>(null);
  protected readonly listBusy = signal(false);
  protected readonly announcement = signal('');
  protected readonly adoptIn = signal('');

  protected readonly mayManageList = computed(() => {
    const meeting = this.store.meeting();
    return (
      !!meeting &&
      this.access.can('create', {
        __typename: 'DecisionList',
        organisationId: meeting.organisationId,
        bodyId: meeting.bodyId,
      })
    );
  });

  constructor() {
    const meetingId = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('meetingId') ?? '')), {
      initialValue: '',
    });
    effect(() => {
      const id = meetingId();
      if (id) void this.store.load(id);
    });
    const title = inject(Title);
    effect(() => {
      const meeting = this.store.meeting();
      if (meeting) title.setTitle(this.t.meeting.title(meeting.title) + nl.pageTitleSuffix);
    });
    effect(() => {
      const first = this.store.laterMeetings()[0];
      if (first && !this.adoptIn()) this.adoptIn.set(first.id);
    });
  }

  protected async listStep(step: () => Promise<void>): Promise<void> {
    this.listFailure.set(null);
    this.listBusy.set(true);
    try {
      await step();
      const status = this.store.decisionList()?.status;
      if (status) this.announcement.set(this.t.list.done(this.labels.decisionListStatus[status]));
    } catch (error) {
      this.listFailure.set(nl.errors[errorCode(error as ErrorLike)]);
    } finally {
      this.listBusy.set(false);
    }
  }

  protected draft(): Promise<void> {
    return this.listStep(() => this.store.draftList());
  }

  protected adopt(id: string): Promise<void> {
    return this.listStep(() => this.store.adoptList(id, this.adoptIn()));
  }

  protected publish(id: string): Promise<void> {
    return this.listStep(() => this.store.publishList(id));
  }
}
