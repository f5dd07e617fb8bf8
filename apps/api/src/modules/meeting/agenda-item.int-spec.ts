import { MeetingStatus } from '@bestuurskracht/shared/domain';
import { countStatements, graphqlRequest } from '@bestuurskracht/api/testing';
import {
  aCommitteeSetting,
  aMeeting,
  anAdvice,
  anAgendaItem,
  aProposal,
  aReview,
  type BuiltSetting,
} from '../../test/builders/meeting.builders';
import { anOrganisation } from '../../test/builders/structure.builders';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ServiceAreaEntity } from '../organisation/service-area.entity';

const ADD = `mutation ($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) { id position organisationId bodyId title purpose handling proposalId municipalityScope } }`;
const UPDATE = `mutation ($input: UpdateAgendaItemInput!) {
  updateAgendaItem(input: $input) { title handling description version } }`;
const MOVE = `mutation ($input: MoveAgendaItemInput!) {
  moveAgendaItem(input: $input) { agendaItems { title position } } }`;
const REMOVE = `mutation ($input: RemoveAgendaItemInput!) {
  removeAgendaItem(input: $input) { agendaItems { title position } } }`;

const MISSING = '00000000-0000-4000-8000-000000000000';

describe('agenda items', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  const newItem = (meetingId: string, extra: Record<string, unknown> = {}) => ({
    meetingId,
    title: 'Beleidsplan Wmo',
    purpose: 'DECISION',
    handling: 'DEBATE',
    confidentiality: 'PUBLIC',
    ...extra,
  });

  async function agendaOf(meetingId: string): Promise<string[]> {
    const rows: { title: string }[] = await api.dataSource.query(
      `SELECT title FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
      [meetingId],
    );
    return rows.map((row) => row.title);
  }

  async function meetingWithItems(setting: BuiltSetting, ...titles: string[]) {
    const meeting = await aMeeting(setting.committee).create(api.dataSource);
    const items = [];
    for (const title of titles) items.push(await anAgendaItem(meeting).titled(title).create(api.dataSource));
    return { meeting, items };
  }

  it('appends an item to the agenda, in the meeting’s organisation and body', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { meeting } = await meetingWithItems(setting, 'Opening');
    const { proposal } = await aProposal(setting.portfolio, setting.person.id).create(api.dataSource);
    const response = await graphqlRequest<{ addAgendaItem: Record<string, unknown> }>(api.server, ADD, {
      input: newItem(meeting.id, {
        proposalId: proposal.id,
        municipalityScope: [setting.municipalities[0].id],
      }),
    });
    expect(response.data?.addAgendaItem).toEqual({
      id: expect.any(String),
      position: 2,
      organisationId: setting.organisation.id,
      bodyId: setting.committee.id,
      title: 'Beleidsplan Wmo',
      purpose: 'DECISION',
      handling: 'DEBATE',
      proposalId: proposal.id,
      municipalityScope: [setting.municipalities[0].id],
    });
  });

  it('refuses a gemeente scope with a gemeente outside the organisation', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const other = await anOrganisation().withMunicipalities('Tubbergen').create(api.dataSource);
    const { meeting } = await meetingWithItems(setting);
    const outsider = other.municipalities[0].id;
    const response = await graphqlRequest(api.server, ADD, {
      input: newItem(meeting.id, { municipalityScope: [outsider] }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        {
          field: 'municipalityScope',
          message: `must be gemeenten taking part in the organisation (not: ${outsider})`,
        },
      ],
    });
  });

  it('refuses a service area of another organisation', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const other = await anOrganisation().create(api.dataSource);
    const area = await api.dataSource
      .getRepository(ServiceAreaEntity)
      .save({ organisationId: other.organisation.id, code: 'VTH', name: 'VTH', portfolioId: null });
    const { meeting } = await meetingWithItems(setting);
    const response = await graphqlRequest(api.server, ADD, {
      input: newItem(meeting.id, { serviceAreaId: area.id }),
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'serviceAreaId', message: 'must be a service area of the meeting’s organisation' },
    ]);
  });

  it('names every invalid field of a new item, and refuses geheimhouding', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { meeting } = await meetingWithItems(setting);
    const response = await graphqlRequest(api.server, ADD, {
      input: newItem(meeting.id, { title: '', proposalId: 'x', confidentiality: 'SECRET' }),
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'title', message: 'title should not be empty' },
      { field: 'proposalId', message: 'proposalId must be a UUID' },
      {
        field: 'confidentiality',
        message: 'must be PUBLIC or CONFIDENTIAL: geheimhouding (SECRET) is imposed separately',
      },
    ]);
  });

  it('answers NOT_FOUND for an item on an unknown meeting or with an unknown proposal', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { meeting } = await meetingWithItems(setting);
    const noMeeting = await graphqlRequest(api.server, ADD, { input: newItem(MISSING) });
    const noProposal = await graphqlRequest(api.server, ADD, {
      input: newItem(meeting.id, { proposalId: MISSING }),
    });
    expect([noMeeting.errors?.[0]?.message, noProposal.errors?.[0]?.message]).toEqual([
      'Meeting not found',
      'Proposal not found',
    ]);
  });

  it('refuses to add to a cancelled meeting', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const meeting = await aMeeting(setting.committee)
      .withStatus(MeetingStatus.CANCELLED)
      .create(api.dataSource);
    const response = await graphqlRequest(api.server, ADD, { input: newItem(meeting.id) });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('updates an item’s text and raises its version', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { items } = await meetingWithItems(setting, 'Jaarverslag');
    const response = await graphqlRequest<{ updateAgendaItem: Record<string, unknown> }>(api.server, UPDATE, {
      input: { id: items[0].id, expectedVersion: 1, handling: 'CONSENT', description: 'Hamerstuk' },
    });
    expect(response.data?.updateAgendaItem).toEqual({
      title: 'Jaarverslag',
      handling: 'CONSENT',
      description: 'Hamerstuk',
      version: 2,
    });
  });

  it('refuses an item update based on an old version', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { items } = await meetingWithItems(setting, 'Jaarverslag');
    await graphqlRequest(api.server, UPDATE, {
      input: { id: items[0].id, expectedVersion: 1, title: 'Eerst' },
    });
    const late = await graphqlRequest(api.server, UPDATE, {
      input: { id: items[0].id, expectedVersion: 1, title: 'Later' },
    });
    expect({
      code: late.errors?.[0]?.extensions?.['code'],
      agenda: await agendaOf(items[0].meetingId),
    }).toEqual({
      code: 'CONFLICT',
      agenda: ['Eerst'],
    });
  });

  it('moves an item up, shifting the items in between down', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { items } = await meetingWithItems(setting, 'A', 'B', 'C', 'D');
    const response = await graphqlRequest<{ moveAgendaItem: { agendaItems: unknown[] } }>(api.server, MOVE, {
      input: { id: items[3].id, position: 1 },
    });
    expect(response.data?.moveAgendaItem.agendaItems).toEqual([
      { title: 'D', position: 1 },
      { title: 'A', position: 2 },
      { title: 'B', position: 3 },
      { title: 'C', position: 4 },
    ]);
  });

  it('moves an item down, shifting the items in between up', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { items, meeting } = await meetingWithItems(setting, 'A', 'B', 'C', 'D');
    await graphqlRequest(api.server, MOVE, { input: { id: items[0].id, position: 3 } });
    expect(await agendaOf(meeting.id)).toEqual(['B', 'C', 'A', 'D']);
  });

  it('refuses a place beyond the end of the agenda', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { items } = await meetingWithItems(setting, 'A', 'B');
    const response = await graphqlRequest(api.server, MOVE, { input: { id: items[0].id, position: 3 } });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'position', message: 'must be between 1 and 2, the number of items' }],
    });
  });

  it('removes an item and closes the gap', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { items } = await meetingWithItems(setting, 'A', 'B', 'C');
    const response = await graphqlRequest<{ removeAgendaItem: { agendaItems: unknown[] } }>(
      api.server,
      REMOVE,
      {
        input: { id: items[0].id },
      },
    );
    expect(response.data?.removeAgendaItem.agendaItems).toEqual([
      { title: 'B', position: 1 },
      { title: 'C', position: 2 },
    ]);
  });

  it('keeps an item that has reviews', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { items, meeting } = await meetingWithItems(setting, 'A', 'B');
    await aReview(items[0], setting.person.id, setting.municipalities[0].id).create(api.dataSource);
    const response = await graphqlRequest(api.server, REMOVE, { input: { id: items[0].id } });
    expect({ error: response.errors?.[0]?.message, agenda: await agendaOf(meeting.id) }).toEqual({
      error: 'the agenda item cannot be removed: it has reviews',
      agenda: ['A', 'B'],
    });
  });

  it('answers an unknown item with NOT_FOUND', async () => {
    const response = await graphqlRequest(api.server, `query ($id: ID!) { agendaItem(id: $id) { title } }`, {
      id: MISSING,
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('follows a proposal forwarded from a committee item to a board item, both ways', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const { proposal } = await aProposal(setting.portfolio, setting.person.id).create(api.dataSource);
    const committeeMeeting = await aMeeting(setting.committee).create(api.dataSource);
    const committeeItem = await anAgendaItem(committeeMeeting)
      .carrying(proposal)
      .forAdvice()
      .create(api.dataSource);
    await anAdvice(committeeItem, setting.person.id).create(api.dataSource);
    const boardMeeting = await aMeeting(setting.committee).startingInDays(14).create(api.dataSource);
    const boardItem = await anAgendaItem(boardMeeting)
      .carrying(proposal)
      .forwardedFrom(committeeItem)
      .create(api.dataSource);
    const response = await graphqlRequest<{ agendaItem: unknown }>(
      api.server,
      `query ($id: ID!) { agendaItem(id: $id) {
         meeting { id } proposal { id } advice { id }
         sourceAgendaItem { id advice { outcome } forwardedTo { id } } } }`,
      { id: boardItem.id },
    );
    expect(response.data?.agendaItem).toEqual({
      meeting: { id: boardMeeting.id },
      proposal: { id: proposal.id },
      advice: null,
      sourceAgendaItem: {
        id: committeeItem.id,
        advice: { outcome: 'POSITIVE' },
        forwardedTo: [{ id: boardItem.id }],
      },
    });
  });

  it('reads a body’s agendas with proposals, beslispunten and reviews in as many statements for 10 meetings as for 1', async () => {
    const setting = await aCommitteeSetting(api.dataSource);
    const other = await aCommitteeSetting(api.dataSource);
    async function fill(target: BuiltSetting, meetings: number) {
      for (let m = 0; m < meetings; m++) {
        const meeting = await aMeeting(target.committee)
          .startingInDays(m + 1)
          .create(api.dataSource);
        for (let i = 0; i < 3; i++) {
          const { proposal } = await aProposal(target.portfolio, target.person.id)
            .withDecisionPoints('Eerste punt', 'Tweede punt')
            .create(api.dataSource);
          const item = await anAgendaItem(meeting).carrying(proposal).create(api.dataSource);
          await aReview(item, target.person.id, target.municipalities[0].id).create(api.dataSource);
        }
      }
    }
    await fill(setting, 1);
    await fill(other, 10);
    const query = `query ($bodyId: ID!) { meetings(bodyId: $bodyId) { nodes { agendaItems {
      proposal { currentVersion { decisionPoints { text } } } reviews { text } } } } }`;
    type Agendas = {
      meetings: {
        nodes: { agendaItems: { proposal: { currentVersion: { decisionPoints: unknown[] } } }[] }[];
      };
    };
    let one: Agendas | undefined;
    let ten: Agendas | undefined;
    const forOne = await countStatements(async () => {
      one = (await graphqlRequest<Agendas>(api.server, query, { bodyId: setting.committee.id })).data;
    });
    const forTen = await countStatements(async () => {
      ten = (await graphqlRequest<Agendas>(api.server, query, { bodyId: other.committee.id })).data;
    });
    const points = (data?: Agendas) =>
      data?.meetings.nodes.flatMap((n) =>
        n.agendaItems.map((i) => i.proposal.currentVersion.decisionPoints.length),
      );
    // meetings, agenda items, proposals, current versions, beslispunten, reviews: one statement each
    expect({
      forOne,
      forTen,
      meetings: ten?.meetings.nodes.length,
      points: new Set(points(ten)),
      one: points(one),
    }).toEqual({
      forOne: 6,
      forTen: 6,
      meetings: 10,
      points: new Set([2]),
      one: [2, 2, 2],
    });
  });
});
