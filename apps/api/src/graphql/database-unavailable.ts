import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable: try again in a moment';

/** Socket errors and PostgreSQL classes 08 (connection) and 57P (shutdown, starting up). */
const CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
]);
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i;

/** Whether an error (or what it wraps: GraphQL's originalError, TypeORM's driverError, a cause) is the database being away. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, name, message, originalError, driverError, cause } = error as Record<string, unknown>;
  if (typeof code === 'string' && CODES.has(code)) return true;
  // TypeORM releases a transaction's connection when it breaks; the transaction's next statement says so
  if (name === 'QueryRunnerProviderAlreadyReleasedError' || name === 'QueryRunnerAlreadyReleasedError')
    return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  return [originalError, driverError, cause].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** The answer while the database is away: a clear code and message, and HTTP 503 so clients and proxies retry. */
export function databaseUnavailable(): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: SERVICE_UNAVAILABLE, http: { status: 503 } },
  });
}

/** A request that failed because the database was away answers 503, also when the failure came from a resolver. */
export const serviceUnavailableStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        const errors = body.kind === 'single' ? body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.['code'] === SERVICE_UNAVAILABLE)) {
          response.http.status = 503;
        }
      },
    };
  },
};
