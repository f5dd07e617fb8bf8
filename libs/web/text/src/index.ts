export { nl } from './lib/catalogue';
export type { ErrorCode } from './lib/common';
export { labels } from './lib/labels';
export { formatDate, formatDaysFromToday, type DateStyle } from './lib/dates';
