import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ViewerFactory } from '../authz/viewer.factory';
import type { RequestContext } from './request-context';
import type { RequestLoadersFactory } from './request-loaders';
import { databaseUnavailable, isDatabaseUnavailable, serviceUnavailableStatus } from './database-unavailable';
import { formatError } from './format-error';
import { QUERY_LIMITS, queryLimitRules } from './query-limits';

const logger = new Logger('GraphQL');

/**
 * Apollo Server options. The schema lives in memory; `apps/api/src/schema.gql` is written by `nx run api:schema`
 * and checked against the code in CI. In production there is no introspection and no "did you mean" hints.
 * Documents above the query limits are refused before anything runs.
 */
export function graphqlOptions(
  production: boolean,
  loaders: RequestLoadersFactory,
  viewers: ViewerFactory,
): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    validationRules: queryLimitRules(),
    // no HTTP caching of GraphQL answers (they depend on the session); without this plugin Apollo wraps every
    // field resolver to compute cache hints, a measurable share of the agenda query's CPU time
    plugins: [serviceUnavailableStatus, ApolloServerPluginCacheControlDisabled()],
    formatError: (formatted, original) =>
      formatError(
        formatted,
        (error) => logger.error(error instanceof Error ? error.stack : String(error)),
        original,
      ),
    // graphql-ws only; a subscription signs in with the session cookie of its WebSocket upgrade request
    subscriptions: { 'graphql-ws': { path: '/graphql' } },
    context: async (transport: {
      req?: Request;
      res?: Response;
      extra?: { request: Request };
    }): Promise<RequestContext> => {
      const req = (transport.req ?? transport.extra?.request) as Request;
      const res = transport.res as Response;
      try {
        const { session, viewer } = await viewers.forRequest(req);
        return { req, res, session, viewer, loaders: loaders.create(viewer) };
      } catch (error) {
        throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
      }
    },
  };
}
