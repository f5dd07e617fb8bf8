import type { Routes } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';

export const sessionRoutes: Routes = [
  {
    path: '',
    title: nl.signIn.title + nl.pageTitleSuffix,
    loadComponent: () => import('./sign-in/sign-in-page').then((m) => m.SignInPage),
  },
];
