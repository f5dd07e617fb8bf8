import { graphqlRequest, type GraphqlResponse } from '@bestuurskracht/api/testing';
import { randomUUID } from 'node:crypto';
import { startTestApp, type TestApp } from '../test/test-app';
import { QUERY_LIMITS } from './query-limits';

/** A body's agenda tree (as in nested-statements.int-spec.ts) at a page size of `first` meetings. */
const agendaTree = (first: number) => `{
  meetings(bodyId: "${randomUUID()}", first: ${first}) {
    nodes {
      title
      agendaItems {
        title
        proposal { title currentVersion { decisionPoints { number text } } }
        reviews { text }
      }
    }
  }
}`;

function refusal(response: GraphqlResponse<unknown>) {
  return {
    status: response.status,
    data: response.data,
    errors: response.errors?.map((error) => ({ code: error.extensions?.['code'], message: error.message })),
  };
}

describe('the query limits of the GraphQL API', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('refuses 200 aliases of a cheap field before anything runs', async () => {
    const aliases = Array.from({ length: 200 }, (_, n) => `a${n}: organisations { id }`).join(' ');
    const response = await graphqlRequest(api.server, `{ ${aliases} }`);
    expect(refusal(response)).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          code: 'QUERY_TOO_COMPLEX',
          message: `Query has 200 aliases, more than the maximum of ${QUERY_LIMITS.maxAliases}`,
        },
      ],
    });
  });

  it('refuses a query nested one level deeper than the maximum', async () => {
    const levels = QUERY_LIMITS.maxDepth - 2;
    const query = `{ organisations { bodies { ${'advisesBody { '.repeat(levels)}name${' }'.repeat(levels)} } } }`;
    const response = await graphqlRequest(api.server, query);
    expect(refusal(response)).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          code: 'QUERY_TOO_COMPLEX',
          message: `Query depth ${QUERY_LIMITS.maxDepth + 1} exceeds the maximum depth of ${QUERY_LIMITS.maxDepth}`,
        },
      ],
    });
  });

  it('refuses an agenda tree of 200 meetings a page as too costly', async () => {
    const response = await graphqlRequest(api.server, agendaTree(200));
    expect(refusal(response)).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          code: 'QUERY_TOO_COMPLEX',
          message: expect.stringMatching(
            `^Query cost [\\d,]+ exceeds the maximum cost of ${QUERY_LIMITS.maxCost.toLocaleString('en-US')} `,
          ),
        },
      ],
    });
  });

  it('answers the same agenda tree at 50 meetings a page', async () => {
    const response = await graphqlRequest(api.server, agendaTree(50));
    expect([response.status, response.errors]).toEqual([200, undefined]);
  });

  it('answers an ordinary nested query about organisations', async () => {
    const response = await graphqlRequest(
      api.server,
      `{ organisations { id name bodies { name advisesBody { name } }
         municipalities { name participations { startsOn organisation { name } } } } }`,
    );
    expect([response.status, response.errors]).toEqual([200, undefined]);
  });

  it('stops parsing a document longer than the token limit', async () => {
    const response = await graphqlRequest(api.server, `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`);
    expect(refusal(response)).toEqual({
      status: 400,
      data: undefined,
      errors: [
        {
          code: 'GRAPHQL_PARSE_FAILED',
          message: expect.stringContaining(`${QUERY_LIMITS.maxTokens} tokens`),
        },
      ],
    });
  });
});
