import type { Routes } from '@angular/router';
import { signedInGuard } from '@bestuurskracht/web/data-access';
import { nl } from '@bestuurskracht/web/text';

/** One lazily loaded feature lib per user job; everything but signing in needs a session. */
export const appRoutes: Routes = [
  {
    path: 'inloggen',
    loadChildren: () => import('@bestuurskracht/web/feature-session').then((m) => m.sessionRoutes),
  },
  {
    path: '',
    canActivate: [signedInGuard],
    children: [
      { path: '', loadChildren: () => import('@bestuurskracht/web/feature-home').then((m) => m.homeRoutes) },
      {
        path: 'commissie',
        loadChildren: () => import('@bestuurskracht/web/feature-committee').then((m) => m.committeeRoutes),
      },
      {
        path: 'voorstellen',
        loadChildren: () => import('@bestuurskracht/web/feature-committee').then((m) => m.proposalRoutes),
      },
      {
        path: 'voorbereiding',
        loadChildren: () => import('@bestuurskracht/web/feature-review').then((m) => m.reviewRoutes),
      },
      {
        path: 'taken',
        loadChildren: () => import('@bestuurskracht/web/feature-tasks').then((m) => m.tasksRoutes),
      },
      {
        path: 'zienswijzen',
        loadChildren: () => import('@bestuurskracht/web/feature-tasks').then((m) => m.councilViewRoutes),
      },
      {
        path: 'beheer',
        loadChildren: () => import('@bestuurskracht/web/feature-admin').then((m) => m.adminRoutes),
      },
      {
        path: 'besluiten',
        loadChildren: () => import('@bestuurskracht/web/feature-decisions').then((m) => m.decisionsRoutes),
      },
      {
        path: 'vergaderingen',
        loadChildren: () => import('@bestuurskracht/web/feature-meetings').then((m) => m.meetingsRoutes),
      },
    ],
  },
  {
    path: '**',
    title: nl.notFound.title + nl.pageTitleSuffix,
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
