import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import { BodyKind, DecisionListStatus, MembershipRole, TaskStatus } from '@bestuurskracht/shared/domain';
import {
  aBoard,
  aDecision,
  aDecisionList,
  aMeeting,
  anAgendaItem,
  aProposal,
  aTask,
  type Board,
} from '../../test/builders/decision.builders';
import { aBody, aMembership, aPerson } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';
import type { AgendaItemEntity } from '../meeting/agenda-item.entity';
import type { DecisionEntity } from './decision.entity';

const RECORD = `mutation ($input: RecordDecisionInput!) {
  recordDecision(input: $input) {
    id organisationId bodyId meetingId proposalVersionId confidentiality municipalityScope decidedOn outcome
    votes { personId choice } } }`;
const CORRECT = `mutation ($input: CorrectDecisionInput!) {
  correctDecision(input: $input) { id text correctsDecisionId correctsDecision { id text } } }`;
const DECISIONS = `query ($bodyId: ID, $from: String, $to: String, $first: Int, $after: String) {
  decisions(bodyId: $bodyId, from: $from, to: $to, first: $first, after: $after) {
    nodes { title decidedOn votes { choice } tasks { title late } documents { title } }
    pageInfo { endCursor hasNextPage } totalCount } }`;

type DecisionsPage = {
  decisions: {
    nodes: {
      title: string;
      decidedOn: string;
      votes: unknown[];
      tasks: { title: string; late: boolean }[];
    }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};

function recordInput(agendaItemId: string, extra: Record<string, unknown> = {}) {
  return {
    agendaItemId,
    title: 'Vaststellen begroting 2027',
    text: 'Het bestuur stelt de begroting 2027 vast.',
    outcome: 'ADOPTED',
    decidedOn: '2026-03-02',
    retentionClass: 'KEEP',
    ...extra,
  };
}

describe('decisions', () => {
  let api: TestApp;
  let board: Board;
  /** the audit trail is for the director (and administrators) */
  let director: SignedInMember;
  /** the DB's secretary records its decisions */
  let secretary: SignedInMember;

  const directorOf = (of: Board) =>
    aSignedInMember(api.dataSource, api.server, of.organisation.id, MembershipRole.DIRECTOR);
  const secretaryOf = (of: Board) =>
    aSignedInMember(api.dataSource, api.server, of.organisation.id, MembershipRole.SECRETARY, (m) =>
      m.inBody(of.body.id),
    );
  const anonymous = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
    graphqlRequest<T>(api.server, query, variables);
  const publish = (decision: DecisionEntity) =>
    api.dataSource.query(`UPDATE decision SET published_at = now() WHERE id = $1`, [decision.id]);

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().create(api.dataSource);
    director = await directorOf(board);
    secretary = await secretaryOf(board);
  });
  afterAll(() => api.close());

  describe('recordDecision', () => {
    it('copies organisation, body, meeting, confidentiality and gemeente scope from the agenda item', async () => {
      const [bladel] = board.municipalities.map((m) => m.id);
      const item = await anAgendaItem(board)
        .confidential()
        .limitedTo(bladel as string)
        .create(api.dataSource);
      const response = await secretary.request<{ recordDecision: Record<string, unknown> }>(RECORD, {
        input: recordInput(item.id),
      });
      expect(response.data?.recordDecision).toMatchObject({
        organisationId: board.organisation.id,
        bodyId: board.body.id,
        meetingId: item.meetingId,
        proposalVersionId: null,
        confidentiality: 'CONFIDENTIAL',
        municipalityScope: [bladel],
      });
    });

    it("points to the proposal's current version when the item carries a proposal", async () => {
      const { proposal, versions } = await aProposal(board)
        .withVersions('Eerste tekst', 'Gewijzigde tekst')
        .create(api.dataSource);
      const item = await anAgendaItem(board).withProposal(proposal.id).create(api.dataSource);
      const response = await secretary.request<{ recordDecision: { proposalVersionId: string } }>(RECORD, {
        input: recordInput(item.id),
      });
      expect(response.data?.recordDecision.proposalVersionId).toBe(versions[1]?.id);
    });

    /** Members of the board on the day of the decision, who may vote. */
    async function boardMembers(count: number, of: Board = board) {
      const people = [];
      for (let index = 0; index < count; index += 1) {
        const person = await aPerson(`Lid ${index + 1}`).create(api.dataSource);
        await aMembership(person.id, of.organisation.id, MembershipRole.MEMBER)
          .inBody(of.body.id)
          .create(api.dataSource);
        people.push(person);
      }
      return people;
    }

    it('records the votes of the members', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const [voter, other] = await boardMembers(2);
      const response = await secretary.request<{
        recordDecision: { votes: { personId: string; choice: string }[] };
      }>(RECORD, {
        input: recordInput(item.id, {
          votes: [
            { personId: voter?.id, municipalityId: board.municipalities[0]?.id, choice: 'FOR' },
            { personId: other?.id, choice: 'AGAINST' },
          ],
        }),
      });
      expect(response.data?.recordDecision.votes.map((v) => v.choice).sort()).toEqual(['AGAINST', 'FOR']);
    });

    it('refuses votes of non-members, of members with a conflict of interest, and without quorum', async () => {
      const ownBoard = await aBoard().create(api.dataSource);
      const ownSecretary = await secretaryOf(ownBoard);
      const members = await boardMembers(4, ownBoard);
      const outsider = await aPerson('Geen lid').create(api.dataSource);
      const item = await anAgendaItem(ownBoard).create(api.dataSource);
      await api.dataSource.query(
        `INSERT INTO conflict_of_interest (organisation_id, person_id, agenda_item_id, reason, bars_papers)
         VALUES ($1, $2, $3, 'eigen bedrijf', true)`,
        [ownBoard.organisation.id, members[0]?.id, item.id],
      );
      const attempt = (voters: { id: string }[]) =>
        ownSecretary.request(RECORD, {
          input: recordInput(item.id, {
            votes: voters.map((person) => ({ personId: person.id, choice: 'FOR' })),
          }),
        });
      const messages = async (voters: { id: string }[]) =>
        (
          (await attempt(voters)).errors?.[0]?.extensions?.['fields'] as { message: string }[] | undefined
        )?.map((field) => field.message.replace(/:.*/, ''));
      const [conflicted, ...entitled] = members;
      if (!conflicted) throw new Error('four members were made');
      expect({
        outsider: await messages([outsider, ...entitled]),
        conflicted: await messages([conflicted, ...entitled]),
        // three entitled members (the fourth declared a conflict): one vote is no quorum, two are
        oneOfThree: await messages(entitled.slice(0, 1)),
        twoOfThree: (await attempt(entitled.slice(0, 2))).errors,
      }).toEqual({
        outsider: [expect.stringContaining('not a voting member of the body')],
        conflicted: ['declared a conflict of interest on this item'],
        oneOfThree: ['1 of 3 entitled members voted; more than half must take part'],
        twoOfThree: undefined,
      });
    });

    it('puts the decision on the draft besluitenlijst of its meeting', async () => {
      const meeting = await aMeeting(board).create(api.dataSource);
      const list = await aDecisionList(meeting).create(api.dataSource);
      const item = await anAgendaItem(board, meeting).create(api.dataSource);
      await secretary.request(RECORD, { input: recordInput(item.id, { title: 'Op de lijst' }) });
      const response = await secretary.request<{ decisionList: { decisions: { title: string }[] } }>(
        `query ($id: ID!) { decisionList(id: $id) { decisions { title } } }`,
        { id: list.id },
      );
      expect(response.data?.decisionList.decisions).toEqual([{ title: 'Op de lijst' }]);
    });

    it('names every invalid field', async () => {
      const response = await secretary.request(RECORD, {
        input: {
          agendaItemId: 'nope',
          title: '',
          text: 'x',
          outcome: 'ADOPTED',
          decidedOn: '2026-02-30',
          retentionClass: 'KEEP',
          votes: [{ personId: 'x', choice: 'FOR' }],
        },
      });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'agendaItemId', message: 'must be a UUID' },
          { field: 'title', message: 'must not be empty' },
          { field: 'decidedOn', message: 'decidedOn must be a date written as yyyy-mm-dd' },
          { field: 'votes.0.personId', message: 'must be a UUID' },
        ],
      });
    });

    it('refuses votes in a body that does not vote', async () => {
      const committee = await aBoard().ofKind(BodyKind.COMMITTEE).create(api.dataSource);
      const item = await anAgendaItem(committee).create(api.dataSource);
      const person = await aPerson().create(api.dataSource);
      const response = await (
        await secretaryOf(committee)
      ).request(RECORD, {
        input: recordInput(item.id, { votes: [{ personId: person.id, choice: 'FOR' }] }),
      });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'votes', message: 'this body does not vote' }],
      });
    });

    it('refuses a vote for a gemeente outside the organisation, and saves nothing', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const person = await aPerson().create(api.dataSource);
      const outsider = await aBoard().create(api.dataSource);
      const response = await secretary.request(RECORD, {
        input: recordInput(item.id, {
          votes: [{ personId: person.id, municipalityId: outsider.municipalities[0]?.id, choice: 'FOR' }],
        }),
      });
      const rows = await api.dataSource.query(`SELECT id FROM decision WHERE agenda_item_id = $1`, [item.id]);
      expect({ code: response.errors?.[0]?.extensions?.['code'], rows }).toEqual({
        code: 'BAD_USER_INPUT',
        rows: [],
      });
    });

    it('answers an unknown agenda item with NOT_FOUND', async () => {
      const response = await secretary.request(RECORD, {
        input: recordInput('00000000-0000-4000-8000-000000000000'),
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it('refuses a second decision on the same agenda item', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      await secretary.request(RECORD, { input: recordInput(item.id) });
      const second = await secretary.request(RECORD, { input: recordInput(item.id) });
      expect(second.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });

    it('records the decision in the audit trail, by the signed-in secretary', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const created = await secretary.request<{ recordDecision: { id: string } }>(RECORD, {
        input: recordInput(item.id),
      });
      const trail = await director.request<{
        auditEntries: { nodes: { action: string; actorId: string }[] };
      }>(
        `query ($id: ID!) { auditEntries(subjectType: "Decision", subjectId: $id) { nodes { action actorId } } }`,
        { id: created.data?.recordDecision.id },
      );
      expect(trail.data?.auditEntries.nodes).toEqual([
        { action: 'recordDecision', actorId: secretary.personId },
      ]);
    });
  });

  describe('correctDecision', () => {
    it('makes a new decision pointing to the original and leaves the original unchanged', async () => {
      const original = await aDecision(await anAgendaItem(board).create(api.dataSource))
        .titled('Besluit', 'Oorspronkelijke tekst')
        .create(api.dataSource);
      const response = await secretary.request<{
        correctDecision: { text: string; correctsDecision: { id: string; text: string } };
      }>(CORRECT, {
        input: { decisionId: original.id, text: 'Gecorrigeerde tekst', reason: 'Verschrijving in bedrag' },
      });
      expect(response.data?.correctDecision).toMatchObject({
        text: 'Gecorrigeerde tekst',
        correctsDecision: { id: original.id, text: 'Oorspronkelijke tekst' },
      });
    });

    it('refuses to correct a decision that was already corrected', async () => {
      const original = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(
        api.dataSource,
      );
      const input = { decisionId: original.id, text: 'Nieuw', reason: 'Fout' };
      await secretary.request(CORRECT, { input });
      const second = await secretary.request(CORRECT, { input });
      expect(second.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });

    it('answers an unknown decision with NOT_FOUND', async () => {
      const response = await secretary.request(CORRECT, {
        input: { decisionId: '00000000-0000-4000-8000-000000000000', text: 'x', reason: 'y' },
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it('requires a reason', async () => {
      const response = await secretary.request(CORRECT, {
        input: { decisionId: '00000000-0000-4000-8000-000000000000', text: 'x', reason: '' },
      });
      expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
        { field: 'reason', message: 'must not be empty' },
      ]);
    });
  });

  describe('queries', () => {
    it('pages through a body’s decisions in a period, newest first', async () => {
      const own = await aBoard().create(api.dataSource);
      for (const day of ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10']) {
        await aDecision(await anAgendaItem(own).create(api.dataSource))
          .titled(`Besluit ${day}`)
          .decidedOn(day)
          .create(api.dataSource);
      }
      const reader = await directorOf(own);
      const variables = { bodyId: own.body.id, from: '2026-02-01', to: '2026-04-10', first: 2 };
      const first = await reader.request<DecisionsPage>(DECISIONS, variables);
      const second = await reader.request<DecisionsPage>(DECISIONS, {
        ...variables,
        after: first.data?.decisions.pageInfo.endCursor,
      });
      expect({
        first: first.data?.decisions.nodes.map((n) => n.decidedOn),
        second: second.data?.decisions.nodes.map((n) => n.decidedOn),
        more: second.data?.decisions.pageInfo.hasNextPage,
        total: first.data?.decisions.totalCount,
      }).toEqual({ first: ['2026-04-10', '2026-03-10'], second: ['2026-02-10'], more: false, total: 3 });
    });

    it('shows the follow-up tasks of a decision, and which are late', async () => {
      const own = await aBoard().create(api.dataSource);
      const decision = await aDecision(await anAgendaItem(own).create(api.dataSource)).create(api.dataSource);
      await aTask(own)
        .titled('Informeer de raad')
        .due('2020-01-01')
        .following(decision)
        .create(api.dataSource);
      await aTask(own)
        .titled('Archiveer')
        .due('2019-12-01')
        .withStatus(TaskStatus.DONE)
        .following(decision)
        .create(api.dataSource);
      const response = await (
        await directorOf(own)
      ).request<DecisionsPage>(DECISIONS, { bodyId: own.body.id });
      expect(response.data?.decisions.nodes[0]?.tasks).toEqual([
        { title: 'Archiveer', late: false },
        { title: 'Informeer de raad', late: true },
      ]);
    });

    it('reads votes, tasks and documents of 20 decisions in as many statements as of 1', async () => {
      const one = await aBoard().create(api.dataSource);
      const twenty = await aBoard().create(api.dataSource);
      const person = await aPerson().create(api.dataSource);
      const reader = await directorOf(one);
      await aMembership(reader.personId, twenty.organisation.id, MembershipRole.DIRECTOR).create(
        api.dataSource,
      );
      for (const [own, count] of [
        [one, 1],
        [twenty, 20],
      ] as const) {
        for (let i = 0; i < count; i++) {
          const decision = await aDecision(await anAgendaItem(own).create(api.dataSource)).create(
            api.dataSource,
          );
          await api.dataSource.query(
            `INSERT INTO vote (decision_id, person_id, choice) VALUES ($1, $2, 'FOR')`,
            [decision.id, person.id],
          );
          await aTask(own).following(decision).create(api.dataSource);
          await api.dataSource.query(
            `INSERT INTO document (organisation_id, decision_id, body_id, title, file_name, content_type, size_bytes,
                                   sha256, content, confidentiality, uploaded_by_id)
             VALUES ($1, $2, $3, 'Bijlage', 'bijlage.txt', 'text/plain', 5, repeat('0', 64), 'tekst'::bytea,
                     'PUBLIC', $4)`,
            [own.organisation.id, decision.id, own.body.id, person.id],
          );
        }
      }
      let loaded = 0;
      const forOne = await countStatements(async () => {
        const r = await reader.request<DecisionsPage>(DECISIONS, { bodyId: one.body.id });
        loaded += r.data?.decisions.nodes.length ?? 0;
      });
      const forTwenty = await countStatements(async () => {
        const r = await reader.request<DecisionsPage>(DECISIONS, { bodyId: twenty.body.id });
        loaded += r.data?.decisions.nodes.length ?? 0;
      });
      expect({ loaded, forTwenty }).toEqual({ loaded: 21, forTwenty: forOne });
    });

    it('answers an unknown decision id with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
      const query = `query ($id: ID!) { decision(id: $id) { title } }`;
      const missing = await secretary.request(query, { id: '00000000-0000-4000-8000-000000000000' });
      const malformed = await secretary.request(query, { id: 'abc' });
      expect([
        missing.errors?.[0]?.extensions?.['code'],
        malformed.errors?.[0]?.extensions?.['code'],
      ]).toEqual(['NOT_FOUND', 'BAD_USER_INPUT']);
    });

    it('finds one decision by id', async () => {
      const decision = await aDecision(await anAgendaItem(board).create(api.dataSource))
        .titled('Opgezocht besluit')
        .create(api.dataSource);
      const response = await secretary.request<{ decision: { title: string } }>(
        `query ($id: ID!) { decision(id: $id) { title } }`,
        { id: decision.id },
      );
      expect(response.data?.decision.title).toBe('Opgezocht besluit');
    });

    it('pages through the besluitenlijsten of a body, newest first', async () => {
      const own = await aBoard().create(api.dataSource);
      const lists = [];
      for (let i = 0; i < 3; i++) {
        lists.push(
          await aDecisionList(await aMeeting(own).create(api.dataSource), DecisionListStatus.ADOPTED).create(
            api.dataSource,
          ),
        );
      }
      const query = `query ($bodyId: ID!, $after: String) {
        decisionLists(bodyId: $bodyId, first: 2, after: $after) { nodes { id status } pageInfo { endCursor hasNextPage } } }`;
      type Lists = {
        decisionLists: { nodes: { id: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      };
      const reader = await directorOf(own);
      const first = await reader.request<Lists>(query, { bodyId: own.body.id });
      const second = await reader.request<Lists>(query, {
        bodyId: own.body.id,
        after: first.data?.decisionLists.pageInfo.endCursor,
      });
      expect(
        [...(first.data?.decisionLists.nodes ?? []), ...(second.data?.decisionLists.nodes ?? [])].map(
          (n) => n.id,
        ),
      ).toEqual(lists.map((l) => l.id).reverse());
    });

    it('answers an unknown besluitenlijst with NOT_FOUND', async () => {
      const response = await secretary.request(`query ($id: ID!) { decisionList(id: $id) { id } }`, {
        id: '00000000-0000-4000-8000-000000000000',
      });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('who may read and record', () => {
    const BY_ID = `query ($id: ID!) { decision(id: $id) { id } }`;
    const OF_BODY = `query ($bodyId: ID!) { decisions(bodyId: $bodyId) { nodes { id } totalCount } }`;
    const LIST = `query ($id: ID!) { decisionList(id: $id) { id decisions { id } } }`;
    type OfBody = { decisions: { nodes: { id: string }[]; totalCount: number } };
    type List = { decisionList: { id: string; decisions: { id: string }[] } | null };
    const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
      response.errors?.[0]?.extensions?.['code'];

    let own: Board;
    /** openbaar and published, for all gemeenten: the public record */
    let open: DecisionEntity;
    /** openbaar, not yet published */
    let unpublished: DecisionEntity;
    /** vertrouwelijk, published */
    let confidential: DecisionEntity;
    /** openbaar and published, limited to the first gemeente */
    let limited: DecisionEntity;

    beforeAll(async () => {
      own = await aBoard().create(api.dataSource);
      const decide = (item: AgendaItemEntity) => aDecision(item).create(api.dataSource);
      open = await decide(await anAgendaItem(own).create(api.dataSource));
      unpublished = await decide(await anAgendaItem(own).create(api.dataSource));
      confidential = await decide(await anAgendaItem(own).confidential().create(api.dataSource));
      limited = await decide(
        await anAgendaItem(own)
          .limitedTo(own.municipalities[0]?.id as string)
          .create(api.dataSource),
      );
      for (const decision of [open, confidential, limited]) await publish(decision);
    });

    /** A member of the organisation's AB (not of the DB) acting for the gemeente at `index`. */
    const abMemberFor = async (index: number) => {
      const ab = await aBody(own.organisation.id, BodyKind.GENERAL_BOARD).create(api.dataSource);
      return aSignedInMember(api.dataSource, api.server, own.organisation.id, MembershipRole.MEMBER, (m) =>
        m.inBody(ab.id).forMunicipality(own.municipalities[index]?.id as string),
      );
    };

    it('asks a visitor without a session to sign in before recording or correcting', async () => {
      const item = await anAgendaItem(own).create(api.dataSource);
      const recorded = await anonymous(RECORD, { input: recordInput(item.id) });
      const corrected = await anonymous(CORRECT, {
        input: { decisionId: open.id, text: 'Anders', reason: 'Fout' },
      });
      const rows = await api.dataSource.query(
        `SELECT id FROM decision WHERE agenda_item_id = $1 OR corrects_decision_id = $2`,
        [item.id, open.id],
      );
      expect({ recorded: codeOf(recorded), corrected: codeOf(corrected), rows }).toEqual({
        recorded: 'UNAUTHENTICATED',
        corrected: 'UNAUTHENTICATED',
        rows: [],
      });
    });

    it('shows a visitor without a session only published openbaar decisions for all gemeenten', async () => {
      const listed = await anonymous<OfBody>(OF_BODY, { bodyId: own.body.id });
      const byId = await Promise.all(
        [open, unpublished, confidential, limited].map(async (d) =>
          codeOf(await anonymous(BY_ID, { id: d.id })),
        ),
      );
      expect({ listed: listed.data?.decisions, byId }).toEqual({
        listed: { nodes: [{ id: open.id }], totalCount: 1 },
        byId: [undefined, 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
      });
    });

    it('shows a visitor a published besluitenlijst with only its public decisions, and no draft list', async () => {
      const fresh = await aBoard().create(api.dataSource);
      const meeting = await aMeeting(fresh).create(api.dataSource);
      const list = await aDecisionList(meeting, DecisionListStatus.PUBLISHED).create(api.dataSource);
      const draft = await aDecisionList(await aMeeting(fresh).create(api.dataSource)).create(api.dataSource);
      const shown = await aDecision(await anAgendaItem(fresh, meeting).create(api.dataSource))
        .onList(list.id)
        .create(api.dataSource);
      await aDecision(await anAgendaItem(fresh, meeting).confidential().create(api.dataSource))
        .onList(list.id)
        .create(api.dataSource);
      await publish(shown);
      const published = await anonymous<List>(LIST, { id: list.id });
      const unadopted = await anonymous<List>(LIST, { id: draft.id });
      const lists = await anonymous<{ decisionLists: { nodes: { id: string }[] } }>(
        `query ($bodyId: ID!) { decisionLists(bodyId: $bodyId) { nodes { id } } }`,
        { bodyId: fresh.body.id },
      );
      expect({
        published: published.data?.decisionList,
        unadopted: codeOf(unadopted),
        lists: lists.data?.decisionLists.nodes,
      }).toEqual({
        published: { id: list.id, decisions: [{ id: shown.id }] },
        unadopted: 'NOT_FOUND',
        lists: [{ id: list.id }],
      });
    });

    it('shows a gemeente-limited decision only to people acting for that gemeente', async () => {
      const [forFirst, forSecond] = [await abMemberFor(0), await abMemberFor(1)];
      const [first, second] = await Promise.all(
        [forFirst, forSecond].map((member) => member.request<OfBody>(OF_BODY, { bodyId: own.body.id })),
      );
      const secondById = await forSecond.request(BY_ID, { id: limited.id });
      expect({
        first: first.data?.decisions.nodes.map((n) => n.id).sort(),
        second: second.data?.decisions.nodes.map((n) => n.id),
        secondById: codeOf(secondById),
      }).toEqual({
        first: [limited.id, open.id].sort(),
        second: [open.id],
        secondById: 'NOT_FOUND',
      });
    });

    it('hides the decision a readable correction corrects when that one may not be read', async () => {
      const fresh = await aBoard().create(api.dataSource);
      const original = await aDecision(await anAgendaItem(fresh).create(api.dataSource)).create(
        api.dataSource,
      );
      const corrected = await (
        await secretaryOf(fresh)
      ).request<{ correctDecision: { id: string } }>(CORRECT, {
        input: { decisionId: original.id, text: 'Gecorrigeerd', reason: 'Verschrijving' },
      });
      const correctionId = corrected.data?.correctDecision.id as string;
      await api.dataSource.query(`UPDATE decision SET published_at = now() WHERE id = $1`, [correctionId]);
      const response = await anonymous<{ decision: { id: string; correctsDecision: unknown } }>(
        `query ($id: ID!) { decision(id: $id) { id correctsDecision { id } } }`,
        { id: correctionId },
      );
      expect(response.data?.decision).toEqual({ id: correctionId, correctsDecision: null });
    });

    it("gives a person of another organisation nothing of this organisation's unpublished decisions", async () => {
      const outsider = await directorOf(await aBoard().create(api.dataSource));
      const meeting = await aMeeting(own).create(api.dataSource);
      const list = await aDecisionList(meeting, DecisionListStatus.PUBLISHED).create(api.dataSource);
      const draft = await aDecisionList(await aMeeting(own).create(api.dataSource)).create(api.dataSource);
      const item = await anAgendaItem(own, meeting).create(api.dataSource);
      const hidden = await aDecision(await anAgendaItem(own, meeting).create(api.dataSource))
        .onList(list.id)
        .create(api.dataSource);
      const byId = await outsider.request(BY_ID, { id: unpublished.id });
      const listed = await outsider.request<OfBody>(OF_BODY, { bodyId: own.body.id });
      const nested = await outsider.request<List>(LIST, { id: list.id });
      const draftList = await outsider.request(LIST, { id: draft.id });
      const recorded = await outsider.request(RECORD, { input: recordInput(item.id) });
      const corrected = await outsider.request(CORRECT, {
        input: { decisionId: hidden.id, text: 'Anders', reason: 'Fout' },
      });
      expect({
        byId: codeOf(byId),
        listed: listed.data?.decisions.nodes.map((n) => n.id).sort(),
        nested: nested.data?.decisionList?.decisions,
        draftList: codeOf(draftList),
        recorded: codeOf(recorded),
        corrected: codeOf(corrected),
      }).toEqual({
        // only the public record of this organisation
        byId: 'NOT_FOUND',
        listed: [open.id],
        nested: [],
        draftList: 'NOT_FOUND',
        recorded: 'NOT_FOUND',
        corrected: 'NOT_FOUND',
      });
    });

    it('refuses a member of the DB who is not its secretary with FORBIDDEN, and saves nothing', async () => {
      const member = await aSignedInMember(
        api.dataSource,
        api.server,
        own.organisation.id,
        MembershipRole.MEMBER,
        (m) => m.inBody(own.body.id).forMunicipality(own.municipalities[1]?.id as string),
      );
      const item = await anAgendaItem(own).create(api.dataSource);
      const recorded = await member.request(RECORD, { input: recordInput(item.id) });
      const corrected = await member.request(CORRECT, {
        input: { decisionId: confidential.id, text: 'Anders', reason: 'Fout' },
      });
      const rows = await api.dataSource.query(
        `SELECT id FROM decision WHERE agenda_item_id = $1 OR corrects_decision_id = $2`,
        [item.id, confidential.id],
      );
      expect({ recorded: codeOf(recorded), corrected: codeOf(corrected), rows }).toEqual({
        recorded: 'FORBIDDEN',
        corrected: 'FORBIDDEN',
        rows: [],
      });
    });
  });

  describe('audit trail', () => {
    it("pages through a record's audit entries, newest first", async () => {
      const original = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(
        api.dataSource,
      );
      for (const action of ['recordDecision', 'publishDecision', 'correctDecision']) {
        await api.dataSource.query(
          `INSERT INTO audit_entry (organisation_id, action, subject_type, subject_id) VALUES ($1, $2, 'Decision', $3)`,
          [board.organisation.id, action, original.id],
        );
      }
      const query = `query ($id: ID!, $after: String) {
        auditEntries(subjectType: "Decision", subjectId: $id, first: 2, after: $after) {
          nodes { action actorId details } pageInfo { endCursor hasNextPage } } }`;
      type Trail = {
        auditEntries: { nodes: { action: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } };
      };
      const first = await director.request<Trail>(query, { id: original.id });
      const second = await director.request<Trail>(query, {
        id: original.id,
        after: first.data?.auditEntries.pageInfo.endCursor,
      });
      expect(
        [...(first.data?.auditEntries.nodes ?? []), ...(second.data?.auditEntries.nodes ?? [])].map(
          (n) => n.action,
        ),
      ).toEqual(['correctDecision', 'publishDecision', 'recordDecision']);
    });

    it('refuses an empty subject type', async () => {
      const response = await director.request(
        `{ auditEntries(subjectType: "", subjectId: "00000000-0000-4000-8000-000000000000") { totalCount } }`,
      );
      expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
        { field: 'subjectType', message: 'must not be empty' },
      ]);
    });
  });
});
