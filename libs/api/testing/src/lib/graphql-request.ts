import type { Server } from 'node:http';
import request from 'supertest';

export interface GraphqlResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface GraphqlRequestOptions {
  /** Cookie header value, e.g. from `signInAs` */
  cookie?: string;
}

/** Posts one GraphQL operation the way the client does (JSON, same origin). */
export async function graphqlRequest<T = Record<string, unknown>>(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
  options: GraphqlRequestOptions = {},
): Promise<GraphqlResponse<T>> {
  const post = request(server).post('/graphql').set('Content-Type', 'application/json');
  if (options.cookie) post.set('Cookie', options.cookie);
  const response = await post.send({ query, variables });
  return { status: response.status, data: response.body?.data, errors: response.body?.errors };
}
