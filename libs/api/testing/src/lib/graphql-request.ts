import type { Server } from 'node:http';
import request from 'supertest';

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation the way the client does (JSON, same origin). */
export async function graphqlRequest<T = Record<string, unknown>>(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse<T>> {
  const response = await request(server)
    .post('/graphql')
    .set('Content-Type', 'application/json')
    .send({ query, variables });
  return { status: response.status, data: response.body?.data, errors: response.body?.errors };
}
