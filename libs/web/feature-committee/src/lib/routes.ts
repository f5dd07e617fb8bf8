import type { Routes } from '@angular/router';
import { nl } from '@bestuurskracht/web/text';

/** Mounted at `commissie`: the portefeuillehouder's committee workspace. */
export const committeeRoutes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    title: nl.committee.title + nl.pageTitleSuffix,
    loadComponent: () => import('./workspace/committee-page').then((m) => m.CommitteePage),
  },
];

/** Mounted at `voorstellen`: one proposal, for everyone who may read it. */
export const proposalRoutes: Routes = [
  {
    path: ':id',
    title: nl.proposal.title + nl.pageTitleSuffix,
    loadComponent: () => import('./proposal/proposal-page').then((m) => m.ProposalPage),
  },
];
