import { GraphQLError } from 'graphql';
import { formatError, INTERNAL_ERROR_MESSAGE } from './format-error';

describe('GraphQL error formatting', () => {
  const ignore = () => undefined;

  it('masks a database error and keeps the driver text out of the answer', () => {
    const leaked = {
      message: 'duplicate key value violates unique constraint "municipality_cbs_code_key"',
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['QueryFailedError: at PostgresQueryRunner'] },
    };
    expect(formatError(leaked, ignore)).toEqual({
      message: INTERNAL_ERROR_MESSAGE,
      path: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the message and code of an error meant for the client, without the stack', () => {
    const badInput = {
      message: 'cbsCode must look like GM1724',
      extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at validate'] },
    };
    expect(formatError(badInput, ignore).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('hands the masked error to the server log', () => {
    const logged: unknown[] = [];
    const original = new Error('connection terminated');
    formatError({ message: 'connection terminated' }, (error) => logged.push(error), original);
    expect(logged).toEqual([original]);
  });

  it('tells the client the database is away when the connection failed, without driver text', () => {
    const original = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    expect(formatError({ message: original.message, path: ['meeting'] }, () => undefined, original)).toEqual({
      message: 'The database is unavailable: try again in a moment',
      path: ['meeting'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('keeps the code of a query limit that Apollo reports as a failed validation', () => {
    const limit = new GraphQLError('Query has 200 aliases, more than the maximum of 30', {
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
    const wrapped = new GraphQLError(limit.message, {
      originalError: limit,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatError({ message: limit.message, extensions: wrapped.extensions }, ignore, wrapped)).toEqual({
      message: limit.message,
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });
});
