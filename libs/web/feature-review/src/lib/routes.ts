import type { Routes } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';

export const reviewRoutes: Routes = [
  {
    path: '',
    title: nl.review.title + nl.pageTitleSuffix,
    loadComponent: () => import('./review-inbox/review-inbox-page').then((m) => m.ReviewInboxPage),
  },
];
