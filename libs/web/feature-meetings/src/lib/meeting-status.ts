import type { MeetingStatus } from './generated/graphql';

/** The status badge of a meeting; the label says it in words, the colour only repeats it. */
export function meetingStatusBadge(status: MeetingStatus): string {
  switch (status) {
    case 'AGENDA_SENT':
      return 'utrecht-status-badge utrecht-status-badge--warning';
    case 'CANCELLED':
      return 'utrecht-status-badge utrecht-status-badge--danger';
    default:
      return 'utrecht-status-badge utrecht-status-badge--neutral';
  }
}
