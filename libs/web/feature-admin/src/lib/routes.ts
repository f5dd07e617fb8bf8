import type { Routes } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';

export const adminRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: nl.admin.title + nl.pageTitleSuffix,
    loadComponent: () => import('./overview/admin-overview-page').then((m) => m.AdminOverviewPage),
  },
  {
    path: ':organisationId',
    title: nl.admin.title + nl.pageTitleSuffix,
    loadComponent: () =>
      import('./organisation/admin-organisation-page').then((m) => m.AdminOrganisationPage),
  },
];
