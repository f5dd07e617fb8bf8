import { AddSearchScopeIndexesAndAuditGuard1795359134496 } from './1795359134496-AddSearchScopeIndexesAndAuditGuard';
import { CreateDomainModel1795359124090 } from './1795359124090-CreateDomainModel';
import { AddSessionsAndVisibilityColumns1795372668237 } from './1795372668237-AddSessionsAndVisibilityColumns';
import { AddAgendaItemOnPublishedAgenda1795400000000 } from './1795400000000-AddAgendaItemOnPublishedAgenda';
import { AddMeetingFlow1795405000000 } from './1795405000000-AddMeetingFlow';
import { KeepDecisionsFinal1795406000000 } from './1795406000000-KeepDecisionsFinal';
import { AddCalendarFeeds1795407000000 } from './1795407000000-AddCalendarFeeds';
import { AddFollowsAndNotifications1795408000000 } from './1795408000000-AddFollowsAndNotifications';
import { AddDecisionPointRevisions1795409000000 } from './1795409000000-AddDecisionPointRevisions';
import { AddIdempotencyKeys1795410500000 } from './1795410500000-AddIdempotencyKeys';
import { BackfillDocumentVisibility1795411000000 } from './1795411000000-BackfillDocumentVisibility';
/** Every migration in order; new ones are appended by `npm run migration:generate -- <Name>`. */
export const MIGRATIONS = [
  CreateDomainModel1795359124090,
  AddSearchScopeIndexesAndAuditGuard1795359134496,
  AddSessionsAndVisibilityColumns1795372668237,
  AddAgendaItemOnPublishedAgenda1795400000000,
  AddMeetingFlow1795405000000,
  KeepDecisionsFinal1795406000000,
  AddCalendarFeeds1795407000000,
  AddFollowsAndNotifications1795408000000,
  AddDecisionPointRevisions1795409000000,
  AddIdempotencyKeys1795410500000,
  BackfillDocumentVisibility1795411000000,
];
