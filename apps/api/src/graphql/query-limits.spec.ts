import { buildSchema, parse, specifiedRules, validate, type ValidationRule } from 'graphql';
import {
  maxAliasesRule,
  maxCostRule,
  maxDepthRule,
  QUERY_LIMITS,
  QUERY_TOO_COMPLEX,
  queryLimitRules,
} from './query-limits';

const schema = buildSchema(`
  type Query {
    organisations: [Organisation!]!
    meetings(first: Int! = 50, after: String): MeetingConnection!
    search(first: Int! = 20, text: String!): [Hit!]!
  }
  type Organisation { name: String! bodies: [Body!]! }
  type Body { name: String! organisation: Organisation! advisesBody: Body }
  type MeetingConnection { nodes: [Meeting!]! pageInfo: PageInfo! totalCount: Int! }
  type PageInfo { endCursor: String hasNextPage: Boolean! }
  type Meeting { title: String! agendaItems: [AgendaItem!]! }
  type AgendaItem { title: String! }
  type Hit { title: String! }
`);

function refusals(rule: ValidationRule, query: string) {
  return validate(schema, parse(query), [rule]).map((error) => ({
    message: error.message,
    code: error.extensions['code'],
  }));
}

function messages(rule: ValidationRule, query: string): string[] {
  return refusals(rule, query).map((refusal) => refusal.message);
}

/** `{ a0: organisations { name } a1: … }` */
function aliased(count: number): string {
  return `{ ${Array.from({ length: count }, (_, n) => `a${n}: organisations { name }`).join(' ')} }`;
}

/** `advisesBody` nested `levels` times under `organisations { bodies { … { name } } }` */
function advisoryChain(levels: number): string {
  return `{ organisations { bodies { ${'advisesBody { '.repeat(levels)}name${' }'.repeat(levels)} } } }`;
}

describe('the alias limit', () => {
  it('refuses 200 aliases of a cheap field, saying how many and the maximum', () => {
    expect(refusals(maxAliasesRule(30), aliased(200))).toEqual([
      { message: 'Query has 200 aliases, more than the maximum of 30', code: QUERY_TOO_COMPLEX },
    ]);
  });

  it('allows as many aliases as the maximum', () => {
    expect(messages(maxAliasesRule(30), aliased(30))).toEqual([]);
  });

  it('counts aliases in fragments too', () => {
    const query = `{ a: organisations { ...names } } fragment names on Organisation { b: name c: name }`;
    expect(messages(maxAliasesRule(2), query)).toEqual(['Query has 3 aliases, more than the maximum of 2']);
  });
});

describe('the depth limit', () => {
  it('counts each nested field, so organisations > bodies > 3 × advisesBody > name is 6 deep', () => {
    expect(messages(maxDepthRule(5), advisoryChain(3))).toEqual([
      'Query depth 6 exceeds the maximum depth of 5',
    ]);
  });

  it('allows a query as deep as the maximum', () => {
    expect(messages(maxDepthRule(6), advisoryChain(3))).toEqual([]);
  });

  it('follows fragments and inline fragments', () => {
    const query = `{ organisations { ...bodies } }
      fragment bodies on Organisation { bodies { ... on Body { advisesBody { ...names } } } }
      fragment names on Body { name }`;
    expect(messages(maxDepthRule(3), query)).toEqual(['Query depth 4 exceeds the maximum depth of 3']);
  });

  it('counts introspection fields', () => {
    const query = '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }';
    expect(messages(maxDepthRule(6), query)).toEqual(['Query depth 7 exceeds the maximum depth of 6']);
  });

  it('stops at a fragment cycle, which graphql-js reports itself', () => {
    const query = `{ organisations { bodies { ...up } } }
      fragment up on Body { organisation { bodies { ...up } } }`;
    const errors = validate(schema, parse(query), [...specifiedRules, ...queryLimitRules()]);
    expect(errors.map((error) => error.message)).toEqual(['Cannot spread fragment "up" within itself.']);
  });
});

describe('the cost limit', () => {
  /** Each field costs 1; `first` multiplies its selection by the page size, another list by 10. */
  const costOf = (query: string): number => {
    const [refusal] = messages(maxCostRule(0), query);
    return Number(/Query cost ([\d,]+)/.exec(refusal)?.[1].replaceAll(',', ''));
  };

  it('multiplies a page by the first it asks for, and does not count the page nodes again', () => {
    const perMeeting = costOf('{ meetings(first: 1) { nodes { title } } }') - 1;
    expect(costOf('{ meetings(first: 7) { nodes { title } } }')).toBe(1 + 7 * perMeeting);
  });

  it('takes the default page size when first is left out', () => {
    expect(costOf('{ meetings { nodes { title } } }')).toBe(
      costOf('{ meetings(first: 50) { nodes { title } } }'),
    );
  });

  it('takes the largest page for a first given as a variable, whose value validation cannot see', () => {
    expect(costOf('query ($n: Int!) { meetings(first: $n) { nodes { title } } }')).toBe(
      costOf('{ meetings(first: 200) { nodes { title } } }'),
    );
  });

  it('multiplies a list with a first argument by that first only', () => {
    expect(costOf('{ search(text: "vth", first: 3) { title } }')).toBe(1 + 3 * 1);
  });

  it('multiplies each list without first by 10', () => {
    expect(costOf('{ organisations { name bodies { name } } }')).toBe(1 + 10 * (1 + (1 + 10 * 1)));
  });

  it('refuses an operation above the maximum, saying its cost and the maximum', () => {
    // 1 + 200 × (nodes 1 + agendaItems (1 + 10 × title 1))
    const query = '{ meetings(first: 200) { nodes { agendaItems { title } } } }';
    expect(refusals(maxCostRule(2_400), query)).toEqual([
      {
        message: expect.stringMatching(/^Query cost 2,401 exceeds the maximum cost of 2,400 /),
        code: QUERY_TOO_COMPLEX,
      },
    ]);
  });

  it('allows an operation that costs exactly the maximum', () => {
    const query = '{ meetings(first: 200) { nodes { agendaItems { title } } } }';
    expect(messages(maxCostRule(costOf(query)), query)).toEqual([]);
  });
});

describe('a fragment spread twice at every one of 40 levels', () => {
  const levels = 40;
  const next = (n: number) =>
    n + 1 < levels ? `a: advisesBody { ...f${n + 1} } b: advisesBody { ...f${n + 1} }` : '';
  const fragments = Array.from({ length: levels }, (_, n) => `fragment f${n} on Body { name ${next(n)} }`);
  const query = `{ organisations { bodies { ...f0 } } }\n${fragments.join('\n')}`;

  it('is measured once per fragment, not 2^40 times, and refused for depth, cost and aliases', () => {
    // f(n) = name 1 + 2 × (advisesBody 1 + f(n + 1)) and f(39) = 1, so f(0) = 2^41 - 3; then 11 + 100 × f(0)
    const [cost, maxCost] = [11 + 100 * (2 ** 41 - 3), QUERY_LIMITS.maxCost].map((n) =>
      n.toLocaleString('en-US'),
    );
    const errors = validate(schema, parse(query), queryLimitRules());
    expect(errors.map((error) => error.message)).toEqual([
      `Query depth 42 exceeds the maximum depth of ${QUERY_LIMITS.maxDepth}`,
      expect.stringMatching(new RegExp(`^Query cost ${cost} exceeds the maximum cost of ${maxCost} `)),
      `Query has 78 aliases, more than the maximum of ${QUERY_LIMITS.maxAliases}`,
    ]);
  });
});
