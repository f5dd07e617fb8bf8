import { Confidentiality, MeetingStatus, MembershipRole } from '@bestuurskracht/shared/domain';
import { graphqlRequest } from '@bestuurskracht/api/testing';
import {
  aCommitteeSetting,
  aMeeting,
  anAgendaItem,
  type BuiltSetting,
} from '../../test/builders/meeting.builders';
import { aSignedInMember, type SignedInMember } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingEntity } from './meeting.entity';

const CREATE = `mutation ($input: CreateMeetingInput!) {
  createMeeting(input: $input) { id organisationId bodyId title status confidentiality version } }`;
const UPDATE = `mutation ($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) { title location startsAt version } }`;
const LIST = `query ($bodyId: ID!, $from: DateTime, $to: DateTime, $after: String) {
  meetings(bodyId: $bodyId, from: $from, to: $to, first: 2, after: $after) {
    nodes { title } pageInfo { endCursor hasNextPage } totalCount } }`;
const ONE = `query ($id: ID!) { meeting(id: $id) { title body { id } agendaItems { title } } }`;
const MISSING = '00000000-0000-4000-8000-000000000000';

type Page = {
  meetings: {
    nodes: { title: string }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};
const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.[0]?.extensions?.['code'];

describe('meetings', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  /** The algemeen directeur of the setting's organisation: plans and changes its meetings. */
  const directorOf = (setting: BuiltSetting) =>
    aSignedInMember(api.dataSource, api.server, setting.organisation.id, MembershipRole.DIRECTOR);

  /** A beleidsambtenaar of the organisation: reads its openbaar meetings, changes none. */
  const staffOf = (setting: BuiltSetting) =>
    aSignedInMember(api.dataSource, api.server, setting.organisation.id, MembershipRole.STAFF, (m) =>
      m.inPortfolio(setting.portfolio.id),
    );

  async function publish(meeting: MeetingEntity): Promise<void> {
    await api.dataSource
      .getRepository(MeetingEntity)
      .update(meeting.id, { status: MeetingStatus.PUBLISHED, agendaPublishedAt: new Date() });
  }

  describe('planning and changing', () => {
    let setting: BuiltSetting;
    let director: SignedInMember;

    beforeAll(async () => {
      setting = await aCommitteeSetting(api.dataSource);
      director = await directorOf(setting);
    });

    it('plans a meeting of a body in the body’s organisation', async () => {
      const response = await director.request<{ createMeeting: Record<string, unknown> }>(CREATE, {
        input: {
          bodyId: setting.committee.id,
          title: 'Commissie VTH',
          startsAt: '2030-03-05T19:30:00.000Z',
          location: 'Gemeentehuis Eersel',
          confidentiality: 'PUBLIC',
        },
      });
      expect(response.data?.createMeeting).toEqual({
        id: expect.any(String),
        organisationId: setting.organisation.id,
        bodyId: setting.committee.id,
        title: 'Commissie VTH',
        status: 'PLANNED',
        confidentiality: 'PUBLIC',
        version: 1,
      });
    });

    it('lets the body’s secretary plan its meetings', async () => {
      const secretary = await aSignedInMember(
        api.dataSource,
        api.server,
        setting.organisation.id,
        MembershipRole.SECRETARY,
        (m) => m.inBody(setting.committee.id),
      );
      const response = await secretary.request<{ createMeeting: { bodyId: string } }>(CREATE, {
        input: {
          bodyId: setting.committee.id,
          title: 'Extra vergadering',
          startsAt: '2030-04-05T19:30:00Z',
          confidentiality: 'CONFIDENTIAL',
        },
      });
      expect(response.data?.createMeeting.bodyId).toBe(setting.committee.id);
    });

    it('refuses geheimhouding on a new meeting: it is imposed separately', async () => {
      const response = await director.request(CREATE, {
        input: {
          bodyId: setting.committee.id,
          title: 'Geheim',
          startsAt: '2030-03-05T19:30:00Z',
          confidentiality: 'SECRET',
        },
      });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'confidentiality',
            message: 'must be PUBLIC or CONFIDENTIAL: geheimhouding (SECRET) is imposed separately',
          },
        ],
      });
    });

    it('names every invalid field of a new meeting', async () => {
      const response = await director.request(CREATE, {
        input: { bodyId: 'nope', title: '', startsAt: '2030-03-05T19:30:00Z', confidentiality: 'PUBLIC' },
      });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'bodyId', message: 'bodyId must be a UUID' },
          { field: 'title', message: 'title should not be empty' },
        ],
      });
    });

    it('refuses a meeting that ends before it starts', async () => {
      const response = await director.request(CREATE, {
        input: {
          bodyId: setting.committee.id,
          title: 'Achterstevoren',
          startsAt: '2030-03-05T19:30:00Z',
          endsAt: '2030-03-05T18:00:00Z',
          confidentiality: 'PUBLIC',
        },
      });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'endsAt', message: 'must be after startsAt' }],
      });
    });

    it('answers NOT_FOUND for a meeting of an unknown body', async () => {
      const response = await director.request(CREATE, {
        input: {
          bodyId: MISSING,
          title: 'Nergens',
          startsAt: '2030-03-05T19:30:00Z',
          confidentiality: 'PUBLIC',
        },
      });
      expect(code(response)).toBe('NOT_FOUND');
    });

    it('updates a meeting and raises its version', async () => {
      const meeting = await aMeeting(setting.committee).create(api.dataSource);
      const response = await director.request<{ updateMeeting: Record<string, unknown> }>(UPDATE, {
        input: { id: meeting.id, expectedVersion: 1, title: 'Verplaatst', location: 'Raadzaal Bladel' },
      });
      expect(response.data?.updateMeeting).toEqual({
        title: 'Verplaatst',
        location: 'Raadzaal Bladel',
        startsAt: meeting.startsAt.toISOString(),
        version: 2,
      });
    });

    it('refuses an update based on an old version and keeps the newer one', async () => {
      const meeting = await aMeeting(setting.committee).create(api.dataSource);
      await director.request(UPDATE, { input: { id: meeting.id, expectedVersion: 1, title: 'Eerst' } });
      const late = await director.request(UPDATE, {
        input: { id: meeting.id, expectedVersion: 1, title: 'Later' },
      });
      const [row] = await api.dataSource.query(`SELECT title, version FROM meeting WHERE id = $1`, [
        meeting.id,
      ]);
      expect({ error: late.errors?.[0]?.message, code: code(late), row }).toEqual({
        error: 'the meeting was changed by someone else; reload and try again',
        code: 'CONFLICT',
        row: { title: 'Eerst', version: 2 },
      });
    });

    it('refuses to change a closed meeting', async () => {
      const meeting = await aMeeting(setting.committee)
        .withStatus(MeetingStatus.CLOSED)
        .create(api.dataSource);
      const response = await director.request(UPDATE, {
        input: { id: meeting.id, expectedVersion: 1, title: 'Te laat' },
      });
      expect(code(response)).toBe('CONFLICT');
    });

    it('refuses to clear the title of a meeting', async () => {
      const meeting = await aMeeting(setting.committee).create(api.dataSource);
      const response = await director.request(UPDATE, {
        input: { id: meeting.id, expectedVersion: 1, title: null },
      });
      expect(response.errors?.[0]?.extensions?.['fields']).toContainEqual({
        field: 'title',
        message: 'title should not be empty',
      });
    });

    it('records the update in the audit trail, with the director as actor', async () => {
      const meeting = await aMeeting(setting.committee).create(api.dataSource);
      await director.request(UPDATE, { input: { id: meeting.id, expectedVersion: 1, location: 'Online' } });
      const entries = await api.dataSource.query(
        `SELECT action, subject_type, organisation_id, actor_id FROM audit_entry WHERE subject_id = $1`,
        [meeting.id],
      );
      expect(entries).toEqual([
        {
          action: 'updateMeeting',
          subject_type: 'Meeting',
          organisation_id: setting.organisation.id,
          actor_id: director.personId,
        },
      ]);
    });

    it('lets a member who may read a meeting not change it: FORBIDDEN', async () => {
      const staff = await staffOf(setting);
      const meeting = await aMeeting(setting.committee).create(api.dataSource);
      const create = await staff.request(CREATE, {
        input: {
          bodyId: setting.committee.id,
          title: 'Eigen initiatief',
          startsAt: '2030-03-05T19:30:00Z',
          confidentiality: 'PUBLIC',
        },
      });
      const update = await staff.request(UPDATE, {
        input: { id: meeting.id, expectedVersion: 1, title: 'Eigen titel' },
      });
      expect([code(create), code(update)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    });
  });

  describe('reading', () => {
    it('pages through a body’s meetings in a period, by start', async () => {
      const setting = await aCommitteeSetting(api.dataSource);
      const staff = await staffOf(setting);
      for (const [title, day] of [
        ['maart', '2030-03-05'],
        ['januari', '2030-01-08'],
        ['februari', '2030-02-05'],
        ['december', '2029-12-04'],
      ]) {
        await aMeeting(setting.committee)
          .titled(title)
          .startingAt(new Date(`${day}T19:30:00Z`))
          .create(api.dataSource);
      }
      const period = {
        bodyId: setting.committee.id,
        from: '2030-01-01T00:00:00Z',
        to: '2031-01-01T00:00:00Z',
      };
      const first = await staff.request<Page>(LIST, period);
      const second = await staff.request<Page>(LIST, {
        ...period,
        after: first.data?.meetings.pageInfo.endCursor,
      });
      expect({
        first: first.data?.meetings.nodes.map((n) => n.title),
        second: second.data?.meetings.nodes.map((n) => n.title),
        more: second.data?.meetings.pageInfo.hasNextPage,
        total: first.data?.meetings.totalCount,
      }).toEqual({ first: ['januari', 'februari'], second: ['maart'], more: false, total: 3 });
    });

    it('answers an unknown meeting with NOT_FOUND', async () => {
      const setting = await aCommitteeSetting(api.dataSource);
      const staff = await staffOf(setting);
      expect(code(await staff.request(ONE, { id: MISSING }))).toBe('NOT_FOUND');
    });

    it('shows a besloten meeting to the director, not to other members of the organisation', async () => {
      const setting = await aCommitteeSetting(api.dataSource);
      const director = await directorOf(setting);
      const staff = await staffOf(setting);
      const meeting = await aMeeting(setting.committee).titled('Besloten').create(api.dataSource);
      await api.dataSource
        .getRepository(MeetingEntity)
        .update(meeting.id, { confidentiality: Confidentiality.CONFIDENTIAL });
      const list = { bodyId: setting.committee.id };
      const [directorOne, directorList, staffOne, staffList] = await Promise.all([
        director.request<{ meeting: { title: string } }>(ONE, { id: meeting.id }),
        director.request<Page>(LIST, list),
        staff.request(ONE, { id: meeting.id }),
        staff.request<Page>(LIST, list),
      ]);
      expect({
        directorOne: directorOne.data?.meeting.title,
        directorList: directorList.data?.meetings.totalCount,
        staffOne: [code(staffOne), staffOne.errors?.[0]?.message],
        staffList: staffList.data?.meetings,
      }).toEqual({
        directorOne: 'Besloten',
        directorList: 1,
        staffOne: ['NOT_FOUND', 'Meeting not found'],
        staffList: { nodes: [], pageInfo: { endCursor: null, hasNextPage: false }, totalCount: 0 },
      });
    });

    it('shows the body of a meeting to its organisation’s members', async () => {
      const setting = await aCommitteeSetting(api.dataSource);
      const staff = await staffOf(setting);
      const meeting = await aMeeting(setting.committee).create(api.dataSource);
      await anAgendaItem(meeting).titled('Opening').create(api.dataSource);
      const response = await staff.request<{ meeting: unknown }>(ONE, { id: meeting.id });
      expect(response.data?.meeting).toEqual({
        title: meeting.title,
        body: { id: setting.committee.id },
        agendaItems: [{ title: 'Opening' }],
      });
    });
  });

  describe('another organisation', () => {
    let setting: BuiltSetting;
    let meeting: MeetingEntity;
    let outsider: SignedInMember;

    beforeAll(async () => {
      setting = await aCommitteeSetting(api.dataSource);
      meeting = await aMeeting(setting.committee).create(api.dataSource);
      const elsewhere = await aCommitteeSetting(api.dataSource);
      outsider = await directorOf(elsewhere);
    });

    it('gets NOT_FOUND for a meeting by id, exactly as for a missing one', async () => {
      const [hidden, missing] = await Promise.all([
        outsider.request(ONE, { id: meeting.id }),
        outsider.request(ONE, { id: MISSING }),
      ]);
      expect(hidden.errors?.[0]).toEqual(missing.errors?.[0]);
    });

    it('gets an empty list and count of the body’s meetings', async () => {
      const response = await outsider.request<Page>(LIST, { bodyId: setting.committee.id });
      expect(response.data?.meetings).toEqual({
        nodes: [],
        pageInfo: { endCursor: null, hasNextPage: false },
        totalCount: 0,
      });
    });

    it('gets NOT_FOUND when planning a meeting for the body or changing one, and changes nothing', async () => {
      const create = await outsider.request(CREATE, {
        input: {
          bodyId: setting.committee.id,
          title: 'Overname',
          startsAt: '2030-03-05T19:30:00Z',
          confidentiality: 'PUBLIC',
        },
      });
      const update = await outsider.request(UPDATE, {
        input: { id: meeting.id, expectedVersion: 1, title: 'Overgenomen' },
      });
      const [row] = await api.dataSource.query(`SELECT count(*)::int AS n FROM meeting WHERE body_id = $1`, [
        setting.committee.id,
      ]);
      expect({ create: code(create), update: code(update), meetings: row.n }).toEqual({
        create: 'NOT_FOUND',
        update: 'NOT_FOUND',
        meetings: 1,
      });
    });
  });

  describe('the public, without an account', () => {
    let setting: BuiltSetting;
    let published: MeetingEntity;
    let planned: MeetingEntity;
    let closedItem: AgendaItemEntity;

    beforeAll(async () => {
      setting = await aCommitteeSetting(api.dataSource);
      published = await aMeeting(setting.committee)
        .titled('Gepubliceerd')
        .startingInDays(3)
        .create(api.dataSource);
      await publish(published);
      await anAgendaItem(published).titled('Opening').create(api.dataSource);
      const limited = await anAgendaItem(published).titled('Alleen gemeente A').create(api.dataSource);
      await api.dataSource
        .getRepository(AgendaItemEntity)
        .update(limited.id, { municipalityScope: [setting.municipalities[0]?.id ?? ''] });
      const vertrouwelijk = await anAgendaItem(published).titled('Vertrouwelijk').create(api.dataSource);
      await api.dataSource
        .getRepository(AgendaItemEntity)
        .update(vertrouwelijk.id, { confidentiality: Confidentiality.CONFIDENTIAL });
      planned = await aMeeting(setting.committee).titled('Nog niet gepubliceerd').create(api.dataSource);
      const besloten = await aMeeting(setting.committee).titled('Besloten').create(api.dataSource);
      await publish(besloten);
      closedItem = await anAgendaItem(besloten).titled('Eerst openbaar').create(api.dataSource);
      await api.dataSource
        .getRepository(MeetingEntity)
        .update(besloten.id, { confidentiality: Confidentiality.CONFIDENTIAL });
    });

    it('lists only the published openbaar meetings of a body', async () => {
      const response = await graphqlRequest<Page>(api.server, LIST, { bodyId: setting.committee.id });
      expect({
        titles: response.data?.meetings.nodes.map((n) => n.title),
        total: response.data?.meetings.totalCount,
      }).toEqual({ titles: ['Gepubliceerd'], total: 1 });
    });

    it('reads a published openbaar meeting with its openbaar agenda items for all gemeenten, not its body', async () => {
      const response = await graphqlRequest<{ meeting: unknown }>(api.server, ONE, { id: published.id });
      expect(response.data?.meeting).toEqual({
        title: 'Gepubliceerd',
        body: null,
        agendaItems: [{ title: 'Opening' }],
      });
    });

    it('no longer reads an agenda item once its meeting is made besloten', async () => {
      const response = await graphqlRequest(
        api.server,
        `query ($id: ID!) { agendaItem(id: $id) { title } }`,
        {
          id: closedItem.id,
        },
      );
      expect(code(response)).toBe('NOT_FOUND');
    });

    it('gets NOT_FOUND for a meeting that is not published yet', async () => {
      const response = await graphqlRequest(api.server, ONE, { id: planned.id });
      expect(code(response)).toBe('NOT_FOUND');
    });

    it('must sign in to plan or change a meeting', async () => {
      const create = await graphqlRequest(api.server, CREATE, {
        input: {
          bodyId: setting.committee.id,
          title: 'Anoniem',
          startsAt: '2030-03-05T19:30:00Z',
          confidentiality: 'PUBLIC',
        },
      });
      const update = await graphqlRequest(api.server, UPDATE, {
        input: { id: published.id, expectedVersion: 1, title: 'Anoniem' },
      });
      expect([code(create), code(update)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    });
  });
});
