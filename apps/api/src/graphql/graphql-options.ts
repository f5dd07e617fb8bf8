import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { RequestContext } from './request-context';
import type { RequestLoadersFactory } from './request-loaders';
import { formatError } from './format-error';

const logger = new Logger('GraphQL');

/**
 * Apollo Server options. The schema lives in memory; `apps/api/src/schema.gql` is written by `nx run api:schema`
 * and checked against the code in CI. In production there is no introspection and no "did you mean" hints.
 */
export function graphqlOptions(production: boolean, loaders: RequestLoadersFactory): ApolloDriverConfig {
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
    formatError: (formatted, original) =>
      formatError(
        formatted,
        (error) => logger.error(error instanceof Error ? error.stack : String(error)),
        original,
      ),
    context: ({ req, res }: { req: Request; res: Response }): RequestContext => ({
      req,
      res,
      loaders: loaders.create(),
    }),
  };
}
