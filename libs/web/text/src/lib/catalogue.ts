import { admin } from './admin';
import { committee, proposal } from './committee';
import { common } from './common';
import { decisions } from './decisions';
import { home, notifications } from './home';
import { labels } from './labels';
import { review } from './review';
import { councilViews, tasks } from './tasks';
import { meetings } from './meetings';

/**
 * The one Dutch catalogue of the interface. Each feature keeps its section in its own file next to this one and
 * adds it here; templates read `nl.<section>.<key>`, so a missing text fails the build.
 */
export const nl = {
  ...common,
  labels,
  home,
  notifications,
  committee,
  proposal,
  review,
  tasks,
  councilViews,
  meetings,
  decisions,
  admin,
} as const;
