import { StartupError } from '@bestuurskracht/api/embedded-postgres';
import { ConfigError } from '../../config/app-config';
import { BackupError } from './backup-error';

/**
 * Runs a command's main function; an expected failure (bad arguments or configuration, a missing or damaged
 * file, a refused target, no connection) is printed as one line, anything else with its stack.
 */
export function runCli(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (isExpected(error)) {
        console.error(`${name}: ${error.message}`);
      } else {
        console.error(`${name} failed:`, error);
      }
      process.exit(1);
    },
  );
}

function isExpected(error: unknown): error is Error {
  if (error instanceof BackupError || error instanceof StartupError || error instanceof ConfigError)
    return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 2 : 1)} MB`;
}

export function count(value: number): string {
  return value.toLocaleString('en');
}
