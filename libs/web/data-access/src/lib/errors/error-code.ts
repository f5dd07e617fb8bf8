import { CombinedGraphQLErrors, type ErrorLike, ServerError } from '@apollo/client';
import type { ErrorCode } from '@bestuurskracht/web/text';

const KNOWN: ReadonlySet<string> = new Set([
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_ATTEMPTS',
  'SERVICE_UNAVAILABLE',
]);

/**
 * The stable code of what went wrong (architecture.md: NOT_FOUND, CONFLICT, …), so the page can say in Dutch
 * what to do; the API's English message is for developers and never shown.
 */
export function errorCode(error: ErrorLike | null | undefined): ErrorCode {
  if (!error) return 'UNKNOWN';
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.['code'];
    return typeof code === 'string' && KNOWN.has(code) ? (code as ErrorCode) : 'UNKNOWN';
  }
  if (ServerError.is(error)) return error.statusCode === 503 ? 'SERVICE_UNAVAILABLE' : 'UNKNOWN';
  return 'NETWORK';
}

/** The input fields the API refused (BAD_USER_INPUT `extensions.fields`), by field name. */
export function refusedFields(error: ErrorLike | null | undefined): ReadonlySet<string> {
  if (!error || !CombinedGraphQLErrors.is(error)) return new Set();
  const fields = error.errors[0]?.extensions?.['fields'];
  if (!Array.isArray(fields)) return new Set();
  return new Set(
    fields.flatMap((entry: unknown) =>
      typeof entry === 'object' && entry !== null && typeof (entry as { field?: unknown }).field === 'string'
        ? [(entry as { field: string }).field]
        : [],
    ),
  );
}
