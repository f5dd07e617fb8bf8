import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  DATABASE_UNAVAILABLE_MESSAGE,
  isDatabaseUnavailable,
  SERVICE_UNAVAILABLE,
} from './database-unavailable';
import { QUERY_TOO_COMPLEX } from './query-limits';

/** Codes a client may act on; anything else is an internal error and is masked. */
export const PUBLIC_ERROR_CODES = new Set<string>([
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_REQUEST',
  'TOO_MANY_ATTEMPTS',
  SERVICE_UNAVAILABLE,
  QUERY_TOO_COMPLEX,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.BAD_REQUEST,
]);

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

/**
 * Errors leave with a stable `code` and a message, never a stack, driver text or exception class;
 * unexpected errors become INTERNAL_SERVER_ERROR (the original is logged on the server).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  onInternal: (error: unknown) => void,
  original?: unknown,
) {
  if (isDatabaseUnavailable(original)) {
    onInternal(original);
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      path: formatted.path,
      extensions: { code: SERVICE_UNAVAILABLE },
    };
  }
  const code = codeOf(formatted, original);
  if (code && PUBLIC_ERROR_CODES.has(code)) {
    const fields =
      code === ApolloServerErrorCode.BAD_USER_INPUT ? formatted.extensions?.['fields'] : undefined;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: fields ? { code, fields } : { code },
    };
  }
  onInternal(original ?? formatted);
  return {
    message: INTERNAL_ERROR_MESSAGE,
    path: formatted.path,
    extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/**
 * Apollo reports every failed validation rule as GRAPHQL_VALIDATION_FAILED and keeps the rule's own error as
 * `originalError`; a rule that gives a code of its own (QUERY_TOO_COMPLEX) keeps it.
 */
function codeOf(formatted: GraphQLFormattedError, original: unknown): string | undefined {
  const code = formatted.extensions?.['code'];
  const rule = original instanceof GraphQLError ? original.originalError : undefined;
  const ruleCode =
    code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED && rule instanceof GraphQLError
      ? rule.extensions['code']
      : undefined;
  const chosen = ruleCode ?? code;
  return typeof chosen === 'string' ? chosen : undefined;
}
