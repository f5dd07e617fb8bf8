import { Confidentiality, MeetingStatus, MembershipRole, ProposalState } from '@bestuurskracht/shared/domain';
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
import { aMembership, anOrganisation } from '../../test/builders/structure.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';
import { ServiceAreaEntity } from '../organisation/service-area.entity';
import { AgendaItemEntity } from './agenda-item.entity';

const ADD = `mutation ($input: AddAgendaItemInput!) {
  addAgendaItem(input: $input) { id position organisationId bodyId title purpose handling proposalId municipalityScope } }`;
const UPDATE = `mutation ($input: UpdateAgendaItemInput!) {
  updateAgendaItem(input: $input) { title handling description version } }`;
const MOVE = `mutation ($input: MoveAgendaItemInput!) {
  moveAgendaItem(input: $input) { agendaItems { title position } } }`;
const REMOVE = `mutation ($input: RemoveAgendaItemInput!) {
  removeAgendaItem(input: $input) { agendaItems { title position } } }`;
const ITEM = `query ($id: ID!) { agendaItem(id: $id) { title } }`;
const AGENDA = `query ($id: ID!) { meeting(id: $id) { agendaItems { title } } }`;

const MISSING = '00000000-0000-4000-8000-000000000000';
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('agenda items', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** A committee setting and its organisation's algemeen directeur, who builds the agendas. */
  async function aSettingWithDirector(): Promise<{ setting: BuiltSetting; director: SignedInMember }> {
    const setting = await aCommitteeSetting(api.dataSource);
    const director = await aSignedInMember(
      api.dataSource,
      api.server,
      setting.organisation.id,
      MembershipRole.DIRECTOR,
    );
    return { setting, director };
  }

  /** A beleidsambtenaar of the setting's portfolio acting for one gemeente: reads openbaar items, changes none. */
  const staffOf = (setting: BuiltSetting, municipalityId = setting.municipalities[0].id) =>
    aSignedInMember(api.dataSource, api.server, setting.organisation.id, MembershipRole.STAFF, (m) =>
      m.inPortfolio(setting.portfolio.id).forMunicipality(municipalityId),
    );

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

  async function agendaVersionOf(meetingId: string): Promise<number> {
    const [row]: { sequence: number }[] = await api.dataSource.query(
      `SELECT sequence FROM meeting WHERE id = $1`,
      [meetingId],
    );
    return row?.sequence ?? -1;
  }

  async function meetingWithItems(setting: BuiltSetting, ...titles: string[]) {
    const meeting = await aMeeting(setting.committee).create(api.dataSource);
    const items = [];
    for (const title of titles) items.push(await anAgendaItem(meeting).titled(title).create(api.dataSource));
    return { meeting, items };
  }

  const restrict = (item: AgendaItemEntity, changes: Partial<AgendaItemEntity>) =>
    api.dataSource.getRepository(AgendaItemEntity).update(item.id, changes);

  it('appends an item to the agenda, in the meeting’s organisation and body', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { meeting } = await meetingWithItems(setting, 'Opening');
    const { proposal } = await aProposal(setting.portfolio, setting.person.id).create(api.dataSource);
    const response = await director.request<{ addAgendaItem: Record<string, unknown> }>(ADD, {
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

  it('records the director as the actor of a new item', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { meeting } = await meetingWithItems(setting);
    const response = await director.request<{ addAgendaItem: { id: string } }>(ADD, {
      input: newItem(meeting.id),
    });
    const entries = await api.dataSource.query(
      `SELECT action, actor_id FROM audit_entry WHERE subject_id = $1`,
      [response.data?.addAgendaItem.id],
    );
    expect(entries).toEqual([{ action: 'addAgendaItem', actor_id: director.personId }]);
  });

  it('refuses a gemeente scope with a gemeente outside the organisation', async () => {
    const { setting, director } = await aSettingWithDirector();
    const other = await anOrganisation().withMunicipalities('Tubbergen').create(api.dataSource);
    const { meeting } = await meetingWithItems(setting);
    const outsider = other.municipalities[0].id;
    const response = await director.request(ADD, {
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

  it('refuses a service area of another organisation the director also works for', async () => {
    const { setting, director } = await aSettingWithDirector();
    const other = await anOrganisation().create(api.dataSource);
    await aMembership(director.personId, other.organisation.id, MembershipRole.DIRECTOR).create(
      api.dataSource,
    );
    const area = await api.dataSource
      .getRepository(ServiceAreaEntity)
      .save({ organisationId: other.organisation.id, code: 'VTH', name: 'VTH', portfolioId: null });
    const { meeting } = await meetingWithItems(setting);
    const response = await director.request(ADD, {
      input: newItem(meeting.id, { serviceAreaId: area.id }),
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'serviceAreaId', message: 'must be a service area of the meeting’s organisation' },
    ]);
  });

  it('names every invalid field of a new item, and refuses geheimhouding', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { meeting } = await meetingWithItems(setting);
    const response = await director.request(ADD, {
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
    const { setting, director } = await aSettingWithDirector();
    const { meeting } = await meetingWithItems(setting);
    const noMeeting = await director.request(ADD, { input: newItem(MISSING) });
    const noProposal = await director.request(ADD, {
      input: newItem(meeting.id, { proposalId: MISSING }),
    });
    expect([noMeeting.errors?.[0]?.message, noProposal.errors?.[0]?.message]).toEqual([
      'Meeting not found',
      'Proposal not found',
    ]);
  });

  it('refuses to add to a cancelled meeting', async () => {
    const { setting, director } = await aSettingWithDirector();
    const meeting = await aMeeting(setting.committee)
      .withStatus(MeetingStatus.CANCELLED)
      .create(api.dataSource);
    const response = await director.request(ADD, { input: newItem(meeting.id) });
    expect(code(response)).toBe('CONFLICT');
  });

  it('updates an item’s text and raises its version', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { items } = await meetingWithItems(setting, 'Jaarverslag');
    const response = await director.request<{ updateAgendaItem: Record<string, unknown> }>(UPDATE, {
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
    const { setting, director } = await aSettingWithDirector();
    const { items } = await meetingWithItems(setting, 'Jaarverslag');
    await director.request(UPDATE, { input: { id: items[0].id, expectedVersion: 1, title: 'Eerst' } });
    const late = await director.request(UPDATE, {
      input: { id: items[0].id, expectedVersion: 1, title: 'Later' },
    });
    expect({ code: code(late), agenda: await agendaOf(items[0].meetingId) }).toEqual({
      code: 'CONFLICT',
      agenda: ['Eerst'],
    });
  });

  it('moves an item up, shifting the items in between down', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { items } = await meetingWithItems(setting, 'A', 'B', 'C', 'D');
    const response = await director.request<{ moveAgendaItem: { agendaItems: unknown[] } }>(MOVE, {
      input: {
        id: items[3].id,
        position: 1,
        expectedAgendaVersion: await agendaVersionOf(items[3].meetingId),
      },
    });
    expect(response.data?.moveAgendaItem.agendaItems).toEqual([
      { title: 'D', position: 1 },
      { title: 'A', position: 2 },
      { title: 'B', position: 3 },
      { title: 'C', position: 4 },
    ]);
  });

  it('moves an item down, shifting the items in between up', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { items, meeting } = await meetingWithItems(setting, 'A', 'B', 'C', 'D');
    await director.request(MOVE, {
      input: { id: items[0].id, position: 3, expectedAgendaVersion: await agendaVersionOf(meeting.id) },
    });
    expect(await agendaOf(meeting.id)).toEqual(['B', 'C', 'A', 'D']);
  });

  it('refuses a move based on an agenda that changed since it was read', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { items, meeting } = await meetingWithItems(setting, 'A', 'B', 'C');
    const seen = await agendaVersionOf(meeting.id);
    await director.request(MOVE, { input: { id: items[2].id, position: 1, expectedAgendaVersion: seen } });

    const stale = await director.request(MOVE, {
      input: { id: items[0].id, position: 3, expectedAgendaVersion: seen },
    });

    expect({ code: code(stale), agenda: await agendaOf(meeting.id) }).toEqual({
      code: 'CONFLICT',
      agenda: ['C', 'A', 'B'],
    });
  });

  it('refuses a place beyond the end of the agenda', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { items } = await meetingWithItems(setting, 'A', 'B');
    const response = await director.request(MOVE, {
      input: {
        id: items[0].id,
        position: 3,
        expectedAgendaVersion: await agendaVersionOf(items[0].meetingId),
      },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'position', message: 'must be between 1 and 2, the number of items' }],
    });
  });

  it('removes an item and closes the gap', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { items } = await meetingWithItems(setting, 'A', 'B', 'C');
    const response = await director.request<{ removeAgendaItem: { agendaItems: unknown[] } }>(REMOVE, {
      input: { id: items[0].id },
    });
    expect(response.data?.removeAgendaItem.agendaItems).toEqual([
      { title: 'B', position: 1 },
      { title: 'C', position: 2 },
    ]);
  });

  it('keeps an item that has reviews', async () => {
    const { setting, director } = await aSettingWithDirector();
    const { items, meeting } = await meetingWithItems(setting, 'A', 'B');
    await aReview(items[0], setting.person.id, setting.municipalities[0].id).create(api.dataSource);
    const response = await director.request(REMOVE, { input: { id: items[0].id } });
    expect({ error: response.errors?.[0]?.message, agenda: await agendaOf(meeting.id) }).toEqual({
      error: 'the agenda item cannot be removed: it has reviews',
      agenda: ['A', 'B'],
    });
  });

  it('answers an unknown item with NOT_FOUND', async () => {
    const { director } = await aSettingWithDirector();
    expect(code(await director.request(ITEM, { id: MISSING }))).toBe('NOT_FOUND');
  });

  it('follows a proposal forwarded from a committee item to a board item, both ways', async () => {
    const { setting, director } = await aSettingWithDirector();
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
    const response = await director.request<{ agendaItem: unknown }>(
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
    const { setting, director } = await aSettingWithDirector();
    const other = await aCommitteeSetting(api.dataSource);
    await aMembership(director.personId, other.organisation.id, MembershipRole.DIRECTOR).create(
      api.dataSource,
    );
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
          await aReview(item, target.person.id, target.municipalities[0].id).shared().create(api.dataSource);
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
      one = (await director.request<Agendas>(query, { bodyId: setting.committee.id })).data;
    });
    const forTen = await countStatements(async () => {
      ten = (await director.request<Agendas>(query, { bodyId: other.committee.id })).data;
    });
    const points = (data?: Agendas) =>
      data?.meetings.nodes.flatMap((n) =>
        n.agendaItems.map((i) => i.proposal.currentVersion.decisionPoints.length),
      );
    // besides the session and the viewer: meetings, agenda items, proposals, versions, beslispunten, reviews
    expect({
      sameForTen: forTen === forOne,
      meetings: ten?.meetings.nodes.length,
      points: new Set(points(ten)),
      one: points(one),
    }).toEqual({
      sameForTen: true,
      meetings: 10,
      points: new Set([2]),
      one: [2, 2, 2],
    });
  });

  describe('who may read and change them', () => {
    let setting: BuiltSetting;
    let director: SignedInMember;
    let open: AgendaItemEntity;
    let limited: AgendaItemEntity;
    let besloten: AgendaItemEntity;

    beforeAll(async () => {
      ({ setting, director } = await aSettingWithDirector());
      const meeting = await aMeeting(setting.committee).create(api.dataSource);
      open = await anAgendaItem(meeting).titled('Openbaar').create(api.dataSource);
      limited = await anAgendaItem(meeting).titled('Alleen Bladel').create(api.dataSource);
      await restrict(limited, { municipalityScope: [setting.municipalities[0].id] });
      besloten = await anAgendaItem(meeting).titled('Besloten').create(api.dataSource);
      await restrict(besloten, { confidentiality: Confidentiality.CONFIDENTIAL });
    });

    it('must sign in to change an agenda, and finds no item off a published agenda without it', async () => {
      const read = await graphqlRequest(api.server, ITEM, { id: open.id });
      const add = await graphqlRequest(api.server, ADD, { input: newItem(open.meetingId) });
      const update = await graphqlRequest(api.server, UPDATE, {
        input: { id: open.id, expectedVersion: 1, title: 'Anoniem' },
      });
      const remove = await graphqlRequest(api.server, REMOVE, { input: { id: open.id } });
      expect([read, add, update, remove].map(code)).toEqual([
        'NOT_FOUND',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
      ]);
    });

    it('shows an item limited to a gemeente only to people acting for it, by id and on the agenda', async () => {
      const bladel = await staffOf(setting, setting.municipalities[0].id);
      const eersel = await staffOf(setting, setting.municipalities[1].id);
      const titles = async (member: SignedInMember) =>
        (
          await member.request<{ meeting: { agendaItems: { title: string }[] } }>(AGENDA, {
            id: open.meetingId,
          })
        ).data?.meeting.agendaItems.map((i) => i.title);
      expect({
        bladel: await titles(bladel),
        eersel: await titles(eersel),
        eerselById: code(await eersel.request(ITEM, { id: limited.id })),
        director: await titles(director),
      }).toEqual({
        bladel: ['Openbaar', 'Alleen Bladel'],
        eersel: ['Openbaar'],
        eerselById: 'NOT_FOUND',
        director: ['Openbaar', 'Alleen Bladel', 'Besloten'],
      });
    });

    it('lets a member who may read the agenda not change it: FORBIDDEN', async () => {
      const staff = await staffOf(setting);
      const add = await staff.request(ADD, { input: newItem(open.meetingId) });
      const update = await staff.request(UPDATE, {
        input: { id: open.id, expectedVersion: 1, title: 'Eigen titel' },
      });
      const move = await staff.request(MOVE, {
        input: { id: open.id, position: 2, expectedAgendaVersion: 0 },
      });
      const remove = await staff.request(REMOVE, { input: { id: open.id } });
      expect({
        codes: [add, update, move, remove].map(code),
        agenda: await agendaOf(open.meetingId),
      }).toEqual({
        codes: ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'],
        agenda: ['Openbaar', 'Alleen Bladel', 'Besloten'],
      });
    });

    it('gives a director of another organisation nothing: NOT_FOUND by id and on every change', async () => {
      const { director: outsider } = await aSettingWithDirector();
      const read = await outsider.request(ITEM, { id: open.id });
      const agenda = await outsider.request(AGENDA, { id: open.meetingId });
      const add = await outsider.request(ADD, { input: newItem(open.meetingId) });
      const update = await outsider.request(UPDATE, {
        input: { id: open.id, expectedVersion: 1, title: 'Overgenomen' },
      });
      const move = await outsider.request(MOVE, {
        input: { id: open.id, position: 2, expectedAgendaVersion: 0 },
      });
      const remove = await outsider.request(REMOVE, { input: { id: open.id } });
      expect({
        codes: [read, agenda, add, update, move, remove].map(code),
        agenda: await agendaOf(open.meetingId),
      }).toEqual({
        codes: ['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'],
        agenda: ['Openbaar', 'Alleen Bladel', 'Besloten'],
      });
    });

    it('refuses another organisation’s proposal and lineage ids on an item: NOT_FOUND', async () => {
      const elsewhere = await aCommitteeSetting(api.dataSource);
      const { proposal } = await aProposal(elsewhere.portfolio, elsewhere.person.id)
        .inState(ProposalState.IN_COMMITTEE)
        .create(api.dataSource);
      const foreignItem = await anAgendaItem(
        await aMeeting(elsewhere.committee).create(api.dataSource),
      ).create(api.dataSource);
      const withProposal = await director.request(ADD, {
        input: newItem(open.meetingId, { proposalId: proposal.id }),
      });
      const withSource = await director.request(ADD, {
        input: newItem(open.meetingId, { sourceAgendaItemId: foreignItem.id }),
      });
      const updated = await director.request(UPDATE, {
        input: { id: open.id, expectedVersion: 1, proposalId: proposal.id },
      });
      expect([withProposal, withSource, updated].map((r) => r.errors?.[0]?.message)).toEqual([
        'Proposal not found',
        'AgendaItem not found',
        'Proposal not found',
      ]);
    });

    it('leaves out nested items and proposals the reader may not see', async () => {
      const { proposal } = await aProposal(setting.portfolio, setting.person.id).create(api.dataSource);
      const boardMeeting = await aMeeting(setting.committee).startingInDays(21).create(api.dataSource);
      const forwarded = await anAgendaItem(boardMeeting)
        .carrying(proposal)
        .forwardedFrom(besloten)
        .create(api.dataSource);
      const openly = await anAgendaItem(boardMeeting).forwardedFrom(open).create(api.dataSource);
      const closed = await anAgendaItem(boardMeeting).forwardedFrom(open).create(api.dataSource);
      await restrict(closed, { confidentiality: Confidentiality.CONFIDENTIAL });
      const staff = await staffOf(setting);
      const member = await aSignedInMember(
        api.dataSource,
        api.server,
        setting.organisation.id,
        MembershipRole.MEMBER,
        (m) => m.inBody(setting.committee.id),
      );
      const lineage = async (reader: SignedInMember) => {
        const response = await reader.request<{
          forwarded: unknown;
          open: { forwardedTo: { id: string }[] };
        }>(
          `query ($forwarded: ID!, $open: ID!) {
             forwarded: agendaItem(id: $forwarded) { sourceAgendaItem { id } proposal { id } }
             open: agendaItem(id: $open) { forwardedTo { id } } }`,
          { forwarded: forwarded.id, open: open.id },
        );
        return { ...(response.data?.forwarded as object), forwardedTo: response.data?.open.forwardedTo };
      };
      // a concept proposal is for its author, its portfolio's staff and the director; a besloten item for the
      // body's members and the director
      expect({ staff: await lineage(staff), member: await lineage(member) }).toEqual({
        staff: {
          sourceAgendaItem: null,
          proposal: { id: proposal.id },
          forwardedTo: [{ id: openly.id }],
        },
        member: {
          sourceAgendaItem: { id: besloten.id },
          proposal: null,
          forwardedTo: [{ id: openly.id }, { id: closed.id }],
        },
      });
    });
  });
});
