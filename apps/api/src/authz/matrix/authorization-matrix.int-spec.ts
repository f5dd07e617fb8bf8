import { graphqlRequest, type GraphqlResponse } from '@bestuurskracht/api/testing';
import { signInAs } from '../../test/sign-in';
import { startTestApp, type TestApp } from '../../test/test-app';
import {
  buildAuthzFixture,
  PERSONAS,
  type AuthzFixture,
  type MatrixSubject,
  type Persona,
  type State,
} from './authz-fixture';
import { CARRIER_ITEM_READERS, EXPECTED_READERS, mayRead } from './expected-readers';

/**
 * The authorization matrix: every persona × subject × state × surface, generated from the fixture and the expected
 * readers, checked through the GraphQL API with the exact rows each persona must (not) see.
 */
interface Surface {
  /** a query whose answer lists ids; `ids` picks them out */
  query: (f: AuthzFixture, state: State) => { query: string; variables: Record<string, unknown> } | null;
  ids: (data: Record<string, unknown>) => string[];
  /** for a nested field: whether the persona may read the record it is nested under */
  parentReadable?: (state: State, persona: Persona) => boolean;
}

const byId = (field: string): Surface => ({
  query: (f, state) => ({
    query: `query ($id: ID!) { row: ${field}(id: $id) { id } }`,
    variables: { id: f.rows[subjectOf(field)]?.[state] },
  }),
  ids: (data) => [(data['row'] as { id: string } | null)?.id].filter((id): id is string => !!id),
});

function subjectOf(field: string): MatrixSubject {
  return (field.charAt(0).toUpperCase() + field.slice(1)) as MatrixSubject;
}

const nodes = (path: string) => (data: Record<string, unknown>) =>
  ((data[path] as { nodes: { id: string }[] } | null)?.nodes ?? []).map((n) => n.id);

const SURFACES: Record<MatrixSubject, Partial<Record<'by id' | 'list' | 'nested field', Surface>>> = {
  Meeting: {
    'by id': byId('meeting'),
    list: {
      query: (f) => ({
        query: `query ($bodyId: ID!) { list: meetings(bodyId: $bodyId, first: 100) { nodes { id } } }`,
        variables: { bodyId: f.bodies.db },
      }),
      ids: nodes('list'),
    },
  },
  AgendaItem: {
    'by id': byId('agendaItem'),
    'nested field': {
      query: (f, state) => ({
        query: `query ($id: ID!) { meeting(id: $id) { agendaItems { id } } }`,
        variables: { id: state === 'published' ? f.rows.Meeting?.published : f.committeeMeetingId },
      }),
      ids: (data) =>
        ((data['meeting'] as { agendaItems: { id: string }[] } | null)?.agendaItems ?? []).map((i) => i.id),
    },
  },
  Proposal: {
    'by id': byId('proposal'),
    list: {
      query: (f) => ({
        query: `query ($organisationId: ID!) { list: proposals(organisationId: $organisationId, first: 100) { nodes { id } } }`,
        variables: { organisationId: f.organisationId },
      }),
      ids: nodes('list'),
    },
    'nested field': {
      query: (f, state) =>
        state === 'concept'
          ? null
          : {
              query: `query ($id: ID!) { meeting(id: $id) { agendaItems { proposal { id } } } }`,
              variables: { id: f.carrierMeetingId },
            },
      parentReadable: (state, persona) => CARRIER_ITEM_READERS[state]?.includes(persona) ?? false,
      ids: (data) =>
        (
          (data['meeting'] as { agendaItems: { proposal: { id: string } | null }[] } | null)?.agendaItems ??
          []
        )
          .map((i) => i.proposal?.id)
          .filter((id): id is string => !!id),
    },
  },
  Decision: {
    'by id': byId('decision'),
    list: {
      query: (f) => ({
        query: `query ($organisationId: ID!) { list: decisions(organisationId: $organisationId, first: 100) { nodes { id } } }`,
        variables: { organisationId: f.organisationId },
      }),
      ids: nodes('list'),
    },
  },
  Review: {
    'by id': byId('review'),
    list: {
      query: (f, state) => ({
        query: `query ($agendaItemId: ID!) { list: reviews(agendaItemId: $agendaItemId) { id } }`,
        variables: { agendaItemId: f.reviewParents[state] },
      }),
      ids: (data) => ((data['list'] as { id: string }[] | null) ?? []).map((r) => r.id),
    },
    'nested field': {
      query: (f, state) => ({
        query: `query ($id: ID!) { agendaItem(id: $id) { reviews { id } } }`,
        variables: { id: f.reviewParents[state] },
      }),
      ids: (data) =>
        ((data['agendaItem'] as { reviews: { id: string }[] } | null)?.reviews ?? []).map((r) => r.id),
    },
  },
  Task: {
    'by id': byId('task'),
    list: {
      query: (f) => ({
        query: `query ($organisationId: ID!) { list: tasks(organisationId: $organisationId, first: 100) { nodes { id } } }`,
        variables: { organisationId: f.organisationId },
      }),
      ids: nodes('list'),
    },
    'nested field': {
      query: (f, state) =>
        state === 'published'
          ? {
              query: `query ($id: ID!) { decision(id: $id) { tasks { id } } }`,
              variables: { id: f.rows.Decision?.published },
            }
          : null,
      ids: (data) => ((data['decision'] as { tasks: { id: string }[] } | null)?.tasks ?? []).map((t) => t.id),
    },
  },
  Document: {
    'by id': byId('document'),
    list: {
      query: (f, state) => ({
        query: `query ($text: String!, $organisationId: ID!) { list: search(text: $text, organisationId: $organisationId, first: 50) { id kind } }`,
        variables: { text: `Stuk ${state.replace(/ /g, '-')} ${f.tag}`, organisationId: f.organisationId },
      }),
      ids: (data) => ((data['list'] as { id: string }[] | null) ?? []).map((hit) => hit.id),
    },
  },
  Advice: {
    'by id': byId('advice'),
    'nested field': {
      query: (f) => ({
        query: `query ($id: ID!) { proposal(id: $id) { advices { id } } }`,
        variables: { id: f.rows.Proposal?.published },
      }),
      ids: (data) =>
        ((data['proposal'] as { advices: { id: string }[] } | null)?.advices ?? []).map((a) => a.id),
    },
  },
};

/** The lists with a totalCount, and how many fixture rows each persona must count there. */
const COUNTS: {
  subject: MatrixSubject;
  query: (f: AuthzFixture) => [string, Record<string, unknown>];
  extra?: (p: Persona) => number;
}[] = [
  {
    subject: 'Meeting',
    query: (f) => [`query ($id: ID!) { list: meetings(bodyId: $id) { totalCount } }`, { id: f.bodies.db }],
    // the DB meeting that carries the decisions is an openbaar, unpublished meeting
    extra: (p) => (EXPECTED_READERS.Meeting.concept?.includes(p) ? 1 : 0),
  },
  {
    subject: 'Proposal',
    query: (f) => [
      `query ($id: ID!) { list: proposals(organisationId: $id) { totalCount } }`,
      { id: f.organisationId },
    ],
  },
  {
    subject: 'Decision',
    query: (f) => [
      `query ($id: ID!) { list: decisions(organisationId: $id) { totalCount } }`,
      { id: f.organisationId },
    ],
  },
  {
    subject: 'Task',
    query: (f) => [
      `query ($id: ID!) { list: tasks(organisationId: $id) { totalCount } }`,
      { id: f.organisationId },
    ],
  },
];

type ReadCase = [Persona, MatrixSubject, State, 'by id' | 'list' | 'nested field'];

/** Who may change which fixture row (among those who may read it). */
const EXPECTED_WRITERS: Record<'AgendaItem' | 'Review' | 'Task', (state: State) => Persona[]> = {
  // the director (or the body's secretary; the committee has none here) while the meeting is open
  AgendaItem: () => ['director'],
  // only its author
  Review: (state) =>
    ['gemeente-limited', 'published', 'geheim'].includes(state) ? ['secretaryA'] : ['secretaryB'],
  // people acting for the gemeente, and the director; a joint assignment to the organisation only the director
  Task: (state) =>
    ({
      'gemeente-limited': ['secretaryA', 'dbChairA', 'director'],
      published: ['secretaryB', 'director'],
      confidential: ['committeeMemberC', 'director'],
      concept: ['director'],
    })[state as 'concept'] as Persona[],
};

type WriteCase = [Persona, 'AgendaItem' | 'Review' | 'Task', State, 'create' | 'update' | 'delete'];

const TABLES = { AgendaItem: 'agenda_item', Review: 'review', Task: 'task' } as const;

const WRITE_CASES: WriteCase[] = PERSONAS.flatMap((persona) => [
  [persona, 'AgendaItem', 'concept', 'create'] as WriteCase,
  ...(['AgendaItem', 'Review'] as const).flatMap((subject) =>
    (Object.keys(EXPECTED_READERS[subject]) as State[]).flatMap((state) =>
      (['update', 'delete'] as const).map((action): WriteCase => [persona, subject, state, action]),
    ),
  ),
  ...(Object.keys(EXPECTED_READERS.Task) as State[]).map((state): WriteCase => [
    persona,
    'Task',
    state,
    'update',
  ]),
]);

const READ_CASES: ReadCase[] = PERSONAS.flatMap((persona) =>
  (Object.keys(SURFACES) as MatrixSubject[]).flatMap((subject) =>
    (Object.keys(EXPECTED_READERS[subject]) as State[]).flatMap((state) =>
      (Object.keys(SURFACES[subject]) as ReadCase[3][]).map((surface): ReadCase => [
        persona,
        subject,
        state,
        surface,
      ]),
    ),
  ),
);

describe('authorization matrix', () => {
  let api: TestApp;
  let fixture: AuthzFixture;
  const cookies = new Map<Persona, string | undefined>();

  beforeAll(async () => {
    api = await startTestApp();
    fixture = await buildAuthzFixture(api.dataSource);
    for (const persona of PERSONAS) {
      cookies.set(
        persona,
        persona === 'visitor' ? undefined : await signInAs(api.dataSource, fixture.persons[persona]),
      );
    }
  });
  afterAll(() => api.close());

  const ask = (
    persona: Persona,
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphqlResponse<Record<string, unknown>>> =>
    graphqlRequest(api.server, query, variables, { cookie: cookies.get(persona) });

  it('covers at least a thousand cases', () => {
    expect(READ_CASES.length + COUNTS.length * PERSONAS.length + WRITE_CASES.length).toBeGreaterThanOrEqual(
      1000,
    );
  });

  it.each(READ_CASES)('%s · %s · %s · %s', async (persona, subject, state, surface) => {
    const spec = SURFACES[subject][surface] as Surface;
    const request = spec.query(fixture, state);
    if (!request) return expect(surface).toBe('nested field'); // this state has no parent to nest under
    const response = await ask(persona, request.query, request.variables);
    const rowId = fixture.rows[subject]?.[state];
    const seen = response.data ? spec.ids(response.data) : [];
    const expected = mayRead(subject, state, persona) && (spec.parentReadable?.(state, persona) ?? true);
    expect({ sees: seen.includes(rowId as string) }).toEqual({ sees: expected });
    if (!seen.includes(rowId as string) && surface === 'by id') {
      // refused reads look exactly like missing records: NOT_FOUND, or UNAUTHENTICATED before signing in
      const code = response.errors?.[0]?.extensions?.['code'];
      expect(persona === 'visitor' ? ['NOT_FOUND', 'UNAUTHENTICATED'] : ['NOT_FOUND']).toContain(code);
      expect(response.errors?.[0]?.message).toMatch(/not found|sign in/);
    }
  });

  it.each(PERSONAS.flatMap((persona) => COUNTS.map((count) => [persona, count.subject] as const)))(
    '%s · %s · count',
    async (persona, subject) => {
      const count = COUNTS.find((c) => c.subject === subject);
      if (!count) throw new Error(subject);
      const [query, variables] = count.query(fixture);
      const response = await ask(persona, query, variables);
      const expected =
        (Object.keys(EXPECTED_READERS[subject]) as State[]).filter((state) =>
          mayRead(subject, state, persona),
        ).length + (count.extra?.(persona) ?? 0);
      const total = (response.data?.['list'] as { totalCount: number } | undefined)?.totalCount ?? 0;
      expect(total).toBe(expected);
    },
  );
});

describe('authorization matrix: writes', () => {
  let api: TestApp;
  let fixture: AuthzFixture;
  const cookies = new Map<Persona, string | undefined>();

  beforeAll(async () => {
    api = await startTestApp();
    fixture = await buildAuthzFixture(api.dataSource);
    for (const persona of PERSONAS) {
      cookies.set(
        persona,
        persona === 'visitor' ? undefined : await signInAs(api.dataSource, fixture.persons[persona]),
      );
    }
  });
  afterAll(() => api.close());

  /** A fresh copy of a fixture row, so a successful delete or update never disturbs another case. */
  async function copyOf(subject: keyof typeof TABLES, id: string): Promise<string> {
    const table = TABLES[subject];
    const columns: { column_name: string }[] = await api.dataSource.query(
      `SELECT column_name FROM information_schema.columns
        WHERE table_name = $1 AND column_name NOT IN ('id', 'search_vector') AND is_generated = 'NEVER'`,
      [table],
    );
    const list = columns.map((c) => `"${c.column_name}"`);
    const values = list.map((c) => (c === '"position"' ? `(SELECT max(position) + 1 FROM agenda_item)` : c));
    const [row]: { id: string }[] = await api.dataSource.query(
      `INSERT INTO ${table} (${list.join(', ')}) SELECT ${values.join(', ')} FROM ${table} WHERE id = $1 RETURNING id`,
      [id],
    );
    return row.id;
  }

  function mutation(
    subject: WriteCase[1],
    action: WriteCase[3],
    id: string,
  ): [string, Record<string, unknown>] {
    if (action === 'create') {
      return [
        `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`,
        {
          input: {
            meetingId: fixture.committeeMeetingId,
            title: 'Nieuw agendapunt',
            purpose: 'ADVICE',
            handling: 'DEBATE',
            confidentiality: 'PUBLIC',
          },
        },
      ];
    }
    const mutations = {
      AgendaItem: {
        update: [
          `mutation ($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id } }`,
          { id, expectedVersion: 1, title: 'Gewijzigd' },
        ],
        delete: [
          `mutation ($input: RemoveAgendaItemInput!) { removeAgendaItem(input: $input) { id } }`,
          { id },
        ],
      },
      Review: {
        update: [
          `mutation ($input: UpdateReviewInput!) { updateReview(input: $input) { id } }`,
          { id, expectedVersion: 1, text: 'Gewijzigd' },
        ],
        delete: [`mutation ($input: DeleteReviewInput!) { deleteReview(input: $input) }`, { id }],
      },
      Task: {
        update: [
          `mutation ($input: UpdateTaskStatusInput!) { updateTaskStatus(input: $input) { id } }`,
          { id, expectedVersion: 1, status: 'IN_PROGRESS' },
        ],
        delete: ['', {}],
      },
    } as const;
    const [query, input] = mutations[subject][action];
    return [query, { input }];
  }

  it.each(WRITE_CASES)('%s · %s · %s · %s', async (persona, subject, state, action) => {
    const id = action === 'create' ? '' : await copyOf(subject, fixture.rows[subject]?.[state] as string);
    const [query, variables] = mutation(subject, action, id);
    const response = await graphqlRequest(api.server, query, variables, { cookie: cookies.get(persona) });
    const readable =
      action === 'create' ? mayRead('Meeting', 'concept', persona) : mayRead(subject, state, persona);
    const allowed = readable && EXPECTED_WRITERS[subject](state).includes(persona);
    const code = response.errors?.[0]?.extensions?.['code'];
    if (allowed) expect({ errors: response.errors ?? [] }).toEqual({ errors: [] });
    else if (persona === 'visitor') expect(code).toBe('UNAUTHENTICATED');
    else expect(code).toBe(readable ? 'FORBIDDEN' : 'NOT_FOUND');
  });
});
