import type { Routes } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';

export const decisionsRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: nl.decisions.title + nl.pageTitleSuffix,
    loadComponent: () => import('./search/decision-search-page').then((m) => m.DecisionSearchPage),
  },
  {
    path: 'besluit/:id',
    title: nl.decisions.title + nl.pageTitleSuffix,
    loadComponent: () => import('./search/decision-link-page').then((m) => m.DecisionLinkPage),
  },
  {
    path: 'vergadering/:meetingId',
    title: nl.decisions.meeting.fallbackTitle + nl.pageTitleSuffix,
    loadComponent: () => import('./meeting/meeting-decisions-page').then((m) => m.MeetingDecisionsPage),
  },
];
