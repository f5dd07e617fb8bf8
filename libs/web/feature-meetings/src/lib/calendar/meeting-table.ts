import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';
import { ConfidentialityMark, DutchDatePipe } from '@bestuurskracht/web/ui';
import { meetingStatusBadge } from '../meeting-status';
import type { CalendarMeeting } from './meeting-calendar.store';

/** A list of meetings as a table: when, which (a link to it), its status and whether it is public. */
@Component({
  selector: 'bk-meeting-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ConfidentialityMark, DutchDatePipe],
  template: `
    <div class="utrecht-table-container">
      <table class="utrecht-table">
        <caption class="utrecht-table__caption">
          {{
            caption()
          }}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            <th scope="col" class="utrecht-table__header-cell">{{ t.columns.date }}</th>
            <th scope="col" class="utrecht-table__header-cell">{{ t.columns.title }}</th>
            <th scope="col" class="utrecht-table__header-cell">{{ t.columns.status }}</th>
            <th scope="col" class="utrecht-table__header-cell">{{ t.columns.marks }}</th>
          </tr>
        </thead>
        <tbody class="utrecht-table__body">
          @for (meeting of meetings(); track meeting.id) {
            <tr class="utrecht-table__row">
              <td class="utrecht-table__cell">
                <time [attr.datetime]="meeting.startsAt">{{ meeting.startsAt | bkDate: 'dateTime' }}</time>
              </td>
              <td class="utrecht-table__cell">
                <a class="utrecht-link" [routerLink]="['/vergaderingen', meeting.id]">{{ meeting.title }}</a>
              </td>
              <td class="utrecht-table__cell">
                <span [class]="statusClass(meeting.status)">{{ labels.meetingStatus[meeting.status] }}</span>
              </td>
              <td class="utrecht-table__cell">
                <bk-confidentiality-mark [confidentiality]="meeting.confidentiality" [showPublic]="true" />
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class MeetingTable {
  readonly meetings = input.required<readonly CalendarMeeting[]>();
  readonly caption = input.required<string>();
  protected readonly t = nl.meetings;
  protected readonly labels = nl.labels;
  protected readonly statusClass = meetingStatusBadge;
}
