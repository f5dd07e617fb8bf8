import type { Routes } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';

export const tasksRoutes: Routes = [
  {
    path: '',
    title: nl.tasks.title + nl.pageTitleSuffix,
    loadComponent: () => import('./task-dashboard/task-dashboard-page').then((m) => m.TaskDashboardPage),
  },
];

export const councilViewRoutes: Routes = [
  {
    path: '',
    title: nl.councilViews.title + nl.pageTitleSuffix,
    loadComponent: () => import('./council-views/council-views-page').then((m) => m.CouncilViewsPage),
  },
];
