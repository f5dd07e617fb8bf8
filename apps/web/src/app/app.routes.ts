import type { Routes } from '@angular/router';

export const appRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: 'Samenwerkingsorganisaties – Bestuurskracht',
    loadComponent: () => import('./organisations/organisations-page').then((m) => m.OrganisationsPage),
  },
  {
    path: '**',
    title: 'Pagina niet gevonden – Bestuurskracht',
    loadComponent: () => import('./not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
