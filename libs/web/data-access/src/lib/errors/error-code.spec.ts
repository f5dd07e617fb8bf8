import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { errorCode, refusedFields } from './error-code';

const graphqlError = (extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'English detail', extensions }] });

describe('errorCode', () => {
  it('takes the stable code the API gives', () => {
    expect(
      ['NOT_FOUND', 'CONFLICT', 'SERVICE_UNAVAILABLE'].map((code) => errorCode(graphqlError({ code }))),
    ).toEqual(['NOT_FOUND', 'CONFLICT', 'SERVICE_UNAVAILABLE']);
  });

  it('calls an unknown code, and a server failure, UNKNOWN', () => {
    // jsdom has no fetch Response; the error reads only its status
    const answer = (status: number) =>
      new ServerError('HTTP error', { response: { status } as Response, bodyText: '' });
    expect([
      errorCode(graphqlError({ code: 'INTERNAL_SERVER_ERROR' })),
      errorCode(answer(500)),
      errorCode(answer(503)),
    ]).toEqual(['UNKNOWN', 'UNKNOWN', 'SERVICE_UNAVAILABLE']);
  });

  it('calls a failure without an answer NETWORK', () => {
    expect(errorCode(new TypeError('Failed to fetch'))).toBe('NETWORK');
  });
});

describe('refusedFields', () => {
  it('names the input fields the API refused', () => {
    const error = graphqlError({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.title', message: 'must not be empty' }, { nonsense: true }],
    });
    expect([...refusedFields(error)]).toEqual(['input.title']);
  });
});
