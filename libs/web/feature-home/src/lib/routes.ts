import type { Routes } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';

export const homeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: nl.home.title + nl.pageTitleSuffix,
    loadComponent: () => import('./home/home-page').then((m) => m.HomePage),
  },
  {
    path: 'meldingen',
    title: nl.notifications.title + nl.pageTitleSuffix,
    loadComponent: () => import('./notifications/notifications-page').then((m) => m.NotificationsPage),
  },
];
