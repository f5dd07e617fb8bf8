import { GraphQLError } from 'graphql';

export interface FieldError {
  /** Path of the input field, e.g. "input.cbsCode" or "input.decisionPoints.2.text" */
  field: string;
  message: string;
}

/** A refused read and a missing record give the same answer, so existence never leaks. */
export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });
}

export function conflict(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT' } });
}

export function badUserInput(message: string, fields: FieldError[] = []): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', fields } });
}

/** A write the rules do not allow on a record the person may read. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function unauthenticated(message = 'sign in first'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

/** Sign-in refused without checking the password, until `retryAt`. */
export function tooManyAttempts(retryAt: Date): GraphQLError {
  return new GraphQLError(`too many failed sign-in attempts; try again after ${retryAt.toISOString()}`, {
    extensions: { code: 'TOO_MANY_ATTEMPTS' },
  });
}
