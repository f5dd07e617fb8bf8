import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';

/** Codes a client may act on; anything else is an internal error and is masked. */
export const PUBLIC_ERROR_CODES = new Set<string>([
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_REQUEST',
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
  const code = typeof formatted.extensions?.['code'] === 'string' ? formatted.extensions['code'] : undefined;
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
