/** The bench talks to the product as a browser does: GraphQL over HTTP with the session cookie of a demo login. */
export const DEMO_PASSWORD = 'bestuurskracht-demo';

export interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class GraphqlClient {
  private constructor(
    readonly baseUrl: string,
    readonly cookie: string,
  ) {}

  static async signIn(baseUrl: string, email: string): Promise<GraphqlClient> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: LogInInput!) { logIn(input: $input) { expiresAt } }',
        variables: { input: { email, password: DEMO_PASSWORD } },
      }),
    });
    const cookie = response.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .find((pair) => pair.startsWith('bk_session='));
    if (!cookie) throw new Error(`signing in as ${email} failed: ${await response.text()}`);
    return new GraphqlClient(baseUrl, cookie);
  }

  /** The request body as the bench's load generator sends it, byte for byte. */
  static body(query: string, variables: Record<string, unknown>): string {
    return JSON.stringify({ query, variables });
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: GraphqlClient.body(query, variables),
    });
    const answer = (await response.json()) as GraphqlAnswer<T>;
    if (answer.errors?.length || !answer.data) {
      throw new Error(`GraphQL error: ${JSON.stringify(answer.errors)} for ${query.slice(0, 80)}`);
    }
    return answer.data;
  }
}
