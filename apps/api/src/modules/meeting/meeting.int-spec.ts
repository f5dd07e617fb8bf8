import { MeetingStatus } from '@bestuurskracht/shared/domain';
import { graphqlRequest } from '@bestuurskracht/api/testing';
import { aCommitteeSetting, aMeeting } from '../../test/builders/meeting.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

const CREATE = `mutation ($input: CreateMeetingInput!) {
  createMeeting(input: $input) { id organisationId bodyId title status confidentiality version } }`;
const UPDATE = `mutation ($input: UpdateMeetingInput!) {
  updateMeeting(input: $input) { title location startsAt version } }`;
const LIST = `query ($bodyId: ID!, $from: DateTime, $to: DateTime, $after: String) {
  meetings(bodyId: $bodyId, from: $from, to: $to, first: 2, after: $after) {
    nodes { title } pageInfo { endCursor hasNextPage } totalCount } }`;

type Page = {
  meetings: {
    nodes: { title: string }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};

describe('meetings', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('plans a meeting of a body in the body’s organisation', async () => {
    const { committee } = await aCommitteeSetting(api.dataSource);
    const response = await graphqlRequest<{ createMeeting: Record<string, unknown> }>(api.server, CREATE, {
      input: {
        bodyId: committee.id,
        title: 'Commissie VTH',
        startsAt: '2030-03-05T19:30:00.000Z',
        location: 'Gemeentehuis Eersel',
        confidentiality: 'PUBLIC',
      },
    });
    expect(response.data?.createMeeting).toEqual({
      id: expect.any(String),
      organisationId: committee.organisationId,
      bodyId: committee.id,
      title: 'Commissie VTH',
      status: 'PLANNED',
      confidentiality: 'PUBLIC',
      version: 1,
    });
  });

  it('refuses geheimhouding on a new meeting: it is imposed separately', async () => {
    const { committee } = await aCommitteeSetting(api.dataSource);
    const response = await graphqlRequest(api.server, CREATE, {
      input: {
        bodyId: committee.id,
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
    const response = await graphqlRequest(api.server, CREATE, {
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
    const { committee } = await aCommitteeSetting(api.dataSource);
    const response = await graphqlRequest(api.server, CREATE, {
      input: {
        bodyId: committee.id,
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
    const response = await graphqlRequest(api.server, CREATE, {
      input: {
        bodyId: '00000000-0000-4000-8000-000000000000',
        title: 'Nergens',
        startsAt: '2030-03-05T19:30:00Z',
        confidentiality: 'PUBLIC',
      },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('updates a meeting and raises its version', async () => {
    const { committee } = await aCommitteeSetting(api.dataSource);
    const meeting = await aMeeting(committee).create(api.dataSource);
    const response = await graphqlRequest<{ updateMeeting: Record<string, unknown> }>(api.server, UPDATE, {
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
    const { committee } = await aCommitteeSetting(api.dataSource);
    const meeting = await aMeeting(committee).create(api.dataSource);
    await graphqlRequest(api.server, UPDATE, {
      input: { id: meeting.id, expectedVersion: 1, title: 'Eerst' },
    });
    const late = await graphqlRequest(api.server, UPDATE, {
      input: { id: meeting.id, expectedVersion: 1, title: 'Later' },
    });
    const [row] = await api.dataSource.query(`SELECT title, version FROM meeting WHERE id = $1`, [
      meeting.id,
    ]);
    expect({ error: late.errors?.[0]?.message, code: late.errors?.[0]?.extensions?.['code'], row }).toEqual({
      error: 'the meeting was changed by someone else; reload and try again',
      code: 'CONFLICT',
      row: { title: 'Eerst', version: 2 },
    });
  });

  it('refuses to change a closed meeting', async () => {
    const { committee } = await aCommitteeSetting(api.dataSource);
    const meeting = await aMeeting(committee).withStatus(MeetingStatus.CLOSED).create(api.dataSource);
    const response = await graphqlRequest(api.server, UPDATE, {
      input: { id: meeting.id, expectedVersion: 1, title: 'Te laat' },
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('refuses to clear the title of a meeting', async () => {
    const { committee } = await aCommitteeSetting(api.dataSource);
    const meeting = await aMeeting(committee).create(api.dataSource);
    const response = await graphqlRequest(api.server, UPDATE, {
      input: { id: meeting.id, expectedVersion: 1, title: null },
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toContainEqual({
      field: 'title',
      message: 'title should not be empty',
    });
  });

  it('records the update in the audit trail', async () => {
    const { committee } = await aCommitteeSetting(api.dataSource);
    const meeting = await aMeeting(committee).create(api.dataSource);
    await graphqlRequest(api.server, UPDATE, {
      input: { id: meeting.id, expectedVersion: 1, location: 'Online' },
    });
    const entries = await api.dataSource.query(
      `SELECT action, subject_type, organisation_id FROM audit_entry WHERE subject_id = $1`,
      [meeting.id],
    );
    expect(entries).toEqual([
      { action: 'updateMeeting', subject_type: 'Meeting', organisation_id: committee.organisationId },
    ]);
  });

  it('pages through a body’s meetings in a period, by start', async () => {
    const { committee } = await aCommitteeSetting(api.dataSource);
    for (const [title, day] of [
      ['maart', '2030-03-05'],
      ['januari', '2030-01-08'],
      ['februari', '2030-02-05'],
      ['december', '2029-12-04'],
    ]) {
      await aMeeting(committee)
        .titled(title)
        .startingAt(new Date(`${day}T19:30:00Z`))
        .create(api.dataSource);
    }
    const period = { bodyId: committee.id, from: '2030-01-01T00:00:00Z', to: '2031-01-01T00:00:00Z' };
    const first = await graphqlRequest<Page>(api.server, LIST, period);
    const second = await graphqlRequest<Page>(api.server, LIST, {
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
    const response = await graphqlRequest(api.server, `query ($id: ID!) { meeting(id: $id) { title } }`, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
