import type { Routes } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';

export const meetingsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: nl.meetings.title + nl.pageTitleSuffix,
    loadComponent: () => import('./calendar/meeting-calendar-page').then((m) => m.MeetingCalendarPage),
  },
  {
    path: ':id',
    title: nl.meetings.meeting.title + nl.pageTitleSuffix,
    loadComponent: () => import('./meeting/meeting-page').then((m) => m.MeetingPage),
  },
];
