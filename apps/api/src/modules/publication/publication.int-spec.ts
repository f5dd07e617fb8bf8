import { graphqlRequest } from '@bestuurskracht/api/testing';
import { aBoard, aMeeting } from '../../test/builders/decision.builders';
import { startTestApp, type TestApp } from '../../test/test-app';

const PUBLICATIONS = `query ($id: ID!, $after: String) {
  publications(organisationId: $id, first: 2, after: $after) {
    nodes { kind subjectId publishedAt late } pageInfo { endCursor hasNextPage } totalCount } }`;

type Page = {
  publications: {
    nodes: { kind: string; subjectId: string; publishedAt: string; late: boolean }[];
    pageInfo: { endCursor: string; hasNextPage: boolean };
    totalCount: number;
  };
};

describe('Woo publications', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });
  afterAll(() => api.close());

  it('shows a visitor without an account the publications of an organisation, latest first, and which were late', async () => {
    const board = await aBoard().create(api.dataSource);
    const published: [string, string][] = [
      ['2026-03-01T10:00:00.123456Z', '2026-03-02T00:00:00Z'],
      ['2026-03-05T10:00:00.654321Z', '2026-03-04T00:00:00Z'],
      ['2026-03-09T10:00:00Z', '2026-03-10T00:00:00Z'],
    ];
    const meetings = [];
    for (const [publishedAt, dueAt] of published) {
      const meeting = await aMeeting(board).create(api.dataSource);
      meetings.push(meeting.id);
      await api.dataSource.query(
        `INSERT INTO publication (organisation_id, kind, subject_id, due_at, published_at, published_by_id)
         VALUES ($1, 'AGENDA', $2, $3, $4, $5)`,
        [board.organisation.id, meeting.id, dueAt, publishedAt, board.secretary.id],
      );
    }
    const first = await graphqlRequest<Page>(api.server, PUBLICATIONS, { id: board.organisation.id });
    const second = await graphqlRequest<Page>(api.server, PUBLICATIONS, {
      id: board.organisation.id,
      after: first.data?.publications.pageInfo.endCursor,
    });
    const nodes = [...(first.data?.publications.nodes ?? []), ...(second.data?.publications.nodes ?? [])];
    expect({
      subjects: nodes.map((n) => n.subjectId),
      late: nodes.map((n) => n.late),
      total: first.data?.publications.totalCount,
      more: second.data?.publications.pageInfo.hasNextPage,
    }).toEqual({ subjects: [...meetings].reverse(), late: [false, true, false], total: 3, more: false });
  });

  it('answers an unknown organisation with NOT_FOUND', async () => {
    const response = await graphqlRequest(api.server, PUBLICATIONS, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Organisation not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('refuses a malformed organisation id', async () => {
    const response = await graphqlRequest(api.server, PUBLICATIONS, { id: 'kempen' });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'organisationId', message: 'must be a UUID' }],
    });
  });
});
