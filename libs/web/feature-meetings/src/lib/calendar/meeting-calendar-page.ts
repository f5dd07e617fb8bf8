import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { nl } from '@bestuurskracht/web/text';
import { EmptyState, ErrorAlert, LoadingIndicator } from '@bestuurskracht/web/ui';
import { CalendarSubscription } from './calendar-subscription';
import { MeetingCalendarStore } from './meeting-calendar.store';
import { MeetingTable } from './meeting-table';
import { NewMeetingForm } from './new-meeting-form';

@Component({
  selector: 'bk-meeting-calendar-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [EmptyState, ErrorAlert, LoadingIndicator, CalendarSubscription, NewMeetingForm, MeetingTable],
  providers: [MeetingCalendarStore],
  templateUrl: './meeting-calendar-page.html',
  styles: `
    .bk-toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      align-items: flex-end;
      justify-content: space-between;
      margin-block: 1rem;
    }
    .bk-section {
      margin-block-start: 2rem;
    }
  `,
})
export class MeetingCalendarPage {
  protected readonly store = inject(MeetingCalendarStore);
  protected readonly t = nl.meetings;
  protected readonly creating = signal(false);
  protected readonly createdMessage = signal<string | null>(null);

  protected chooseBody(event: Event): void {
    this.store.chooseBody((event.target as HTMLSelectElement).value);
  }

  protected toggleCreate(): void {
    this.createdMessage.set(null);
    this.creating.update((open) => !open);
  }

  protected created(title: string): void {
    this.creating.set(false);
    this.createdMessage.set(this.t.create.created(title));
  }
}
