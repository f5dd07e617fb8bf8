/**
 * Generated hostile requests for the GraphQL endpoint: malformed, deep, wide, alias-heavy, huge, fragment bombs,
 * wrong variables, wrong transports. Seeded, so a failure can be replayed with the same seed.
 */
export interface HostileRequest {
  readonly kind: string;
  readonly method: 'GET' | 'POST';
  readonly contentType?: string;
  readonly body?: string;
  readonly query?: string;
}

/** mulberry32: small, fast and good enough to vary test input reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VALID = [
  '{ organisations { id name municipalities { id name cbsCode } } }',
  '{ me { person { id name } rules } }',
  'query ($text: String!) { search(text: $text) { id kind title snippet } }',
  '{ signInOptions { oidcLoginPath } }',
  'query ($id: ID!) { meeting(id: $id) { id title agendaItems { id title proposal { title } reviews { text } } } }',
  'query ($first: Int!) { proposals(first: $first) { totalCount nodes { id title state } } }',
  'mutation ($input: LogInInput!) { logIn(input: $input) { expiresAt } }',
  'mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id } }',
  '{ __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }',
];

const FIELDS = [
  'id',
  'name',
  'title',
  'bodies',
  'municipalities',
  'meetings',
  'agendaItems',
  'advisesBody',
  'x',
  'y',
];
const SCALARS = [
  null,
  true,
  -1,
  0,
  2 ** 31,
  1e308,
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  "'; DROP TABLE meeting; --",
  '\u0000\u0001',
  '💥'.repeat(500),
  'a'.repeat(5000),
  [],
  {},
  { nested: { deeper: [1, 2, { x: 'y' }] } },
];

export function hostileRequests(count: number, seed: number): HostileRequest[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const post = (kind: string, payload: unknown): HostileRequest => ({
    kind,
    method: 'POST',
    contentType: 'application/json',
    body: JSON.stringify(payload),
  });

  const makers: Array<() => HostileRequest> = [
    // truncated or corrupted valid documents
    () => {
      const query = pick(VALID);
      const cut = between(0, query.length);
      const noise = pick(['{', '}', '(', ')', '$', '"', '...', '@', '#', '\\', '\u0000', ':', '!']);
      return post('malformed', { query: query.slice(0, cut) + noise + query.slice(cut + between(0, 5)) });
    },
    // printable garbage
    () =>
      post('garbage', {
        query: Array.from({ length: between(1, 400) }, () => String.fromCharCode(between(32, 126))).join(''),
      }),
    // deep nesting, known and unknown fields
    () => {
      const depth = between(13, 300);
      const field = pick(['advisesBody', 'bodies', 'a', 'organisations']);
      return post('deep', {
        query: `{ organisations { ${`${field} { `.repeat(depth)}id${' }'.repeat(depth)} } }`,
      });
    },
    // wide selections
    () => {
      const width = between(200, 2000);
      const fields = Array.from({ length: width }, (_, n) => (random() < 0.5 ? pick(FIELDS) : `f${n}`)).join(
        ' ',
      );
      return post('wide', { query: `{ organisations { ${fields} } }` });
    },
    // alias-heavy
    () => {
      const aliases = between(31, 2000);
      const field = pick(['organisations { id }', 'me { rules }', 'signInOptions { oidcLoginPath }']);
      return post('aliases', {
        query: `{ ${Array.from({ length: aliases }, (_, n) => `a${n}: ${field}`).join(' ')} }`,
      });
    },
    // huge bodies, over the body limit
    () => post('huge', { query: `{ organisations { id } } # ${'x'.repeat(between(100_000, 150_000))}` }),
    // fragment bombs and cycles, repeated directives
    () => {
      const variant = between(0, 2);
      if (variant === 0) {
        return post('fragments', {
          query:
            '{ organisations { ...A } } fragment A on Organisation { ...B } fragment B on Organisation { ...A }',
        });
      }
      if (variant === 1) {
        const levels = between(5, 20);
        const fragments = Array.from(
          { length: levels },
          (_, n) => `fragment F${n} on Organisation { ...F${n + 1} ...F${n + 1} id }`,
        ).join(' ');
        return post('fragments', {
          query: `{ organisations { ...F0 } } ${fragments} fragment F${levels} on Organisation { id }`,
        });
      }
      return post('directives', {
        query: `{ organisations ${'@include(if: true) '.repeat(between(50, 3000))}{ id } }`,
      });
    },
    // valid documents with wrong, huge or hostile variables
    () => {
      const variables: Record<string, unknown> = {};
      for (const name of ['id', 'text', 'first', 'input', 'extra']) {
        if (random() < 0.7) variables[name] = pick(SCALARS);
      }
      return post('variables', { query: pick(VALID), variables });
    },
    // wrong transports: batches, invalid JSON, other content types, GET with a mutation
    () => {
      const variant = between(0, 4);
      if (variant === 0)
        return post(
          'batch',
          Array.from({ length: between(2, 200) }, () => ({ query: pick(VALID) })),
        );
      if (variant === 1) {
        return {
          kind: 'invalid-json',
          method: 'POST',
          contentType: 'application/json',
          body: `{"query": "${pick(VALID).slice(0, 20)}`,
        };
      }
      if (variant === 2) {
        return {
          kind: 'content-type',
          method: 'POST',
          contentType: pick([
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
          ]),
          body: `query=${encodeURIComponent(pick(VALID))}`,
        };
      }
      if (variant === 3)
        return {
          kind: 'get-mutation',
          method: 'GET',
          query: pick(VALID.filter((q) => q.startsWith('mutation'))),
        };
      return post('operation-name', {
        query: `${pick(VALID)} ${pick(VALID)}`,
        operationName: pick(['Nope', null, 42]),
      });
    },
  ];

  return Array.from({ length: count }, (_, n) => (makers[n % makers.length] as () => HostileRequest)());
}
