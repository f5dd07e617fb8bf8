import type { RunningServer } from './server';

declare global {
  var __BESTUURSKRACHT_E2E_SERVER__: RunningServer | undefined;
}
