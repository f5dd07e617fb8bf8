export { PageLayout } from './lib/page-layout/page-layout';
export { LoadingIndicator } from './lib/loading-indicator/loading-indicator';
export { ErrorAlert } from './lib/error-alert/error-alert';
export { EmptyState } from './lib/empty-state/empty-state';
export { ConfidentialityMark } from './lib/confidentiality-mark/confidentiality-mark';
export { MunicipalityTable, type MunicipalityRow } from './lib/municipality-table/municipality-table';
export { DutchNumberPipe } from './lib/dutch-number/dutch-number.pipe';
export { DutchDatePipe } from './lib/dutch-date/dutch-date.pipe';
