import { graphqlRequest } from '@bestuurskracht/api/testing';
import { MembershipRole } from '@bestuurskracht/shared/domain';
import request from 'supertest';
import { aBoard, anAgendaItem, aProposal, type Board } from '../../test/builders/decision.builders';
import { aMembership, aPortfolio } from '../../test/builders/structure.builders';
import { signInAs } from '../../test/sign-in';
import { aSignedInMember, type Requester } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';
import { attachment } from './document-download.controller';

const UPLOAD = `mutation ($input: UploadDocumentInput!) { uploadDocument(input: $input) { id } }`;
const ITEM_PAPERS = `query ($id: ID!) { agendaItem(id: $id) { documents { id title fileName } } }`;
const VERSION_PAPERS = `query ($id: ID!) { proposal(id: $id) { versions { number documents { id } } } }`;

const TEXT = '# Brief\n\nDe vergunningen worden verleend.';

describe('papers: listed with their parent, downloaded by whoever may read them', () => {
  let api: TestApp;
  let board: Board;
  let secretaryCookie: string;
  let secretary: Requester;

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().create(api.dataSource);
    await aMembership(board.secretary.id, board.organisation.id, MembershipRole.SECRETARY)
      .inBody(board.body.id)
      .create(api.dataSource);
    secretaryCookie = await signInAs(api.dataSource, board.secretary.id);
    secretary = (query, variables) =>
      graphqlRequest(api.server, query, variables, { cookie: secretaryCookie });
  });
  afterAll(() => api.close());

  async function paper(parent: Record<string, string>, confidentiality = 'PUBLIC'): Promise<string> {
    const response = await secretary<{ uploadDocument: { id: string } }>(UPLOAD, {
      input: {
        parent,
        title: 'Raadsinformatiebrief',
        fileName: 'brief – concept.md',
        contentType: 'text/markdown',
        contentBase64: Buffer.from(TEXT).toString('base64'),
        confidentiality,
      },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.uploadDocument.id;
  }

  async function staffMember() {
    const portfolio = await aPortfolio(board.organisation.id).create(api.dataSource);
    return aSignedInMember(api.dataSource, api.server, board.organisation.id, MembershipRole.STAFF, (m) =>
      m.inPortfolio(portfolio.id),
    );
  }

  it('downloads the file as an attachment with its type and UTF-8 name', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const id = await paper({ agendaItemId: item.id });

    const response = await request(api.server)
      .get(`/export/documents/${id}/brief.md`)
      .set('Cookie', secretaryCookie)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

    expect({
      status: response.status,
      type: response.headers['content-type'],
      disposition: response.headers['content-disposition'],
      cache: response.headers['cache-control'],
      body: (response.body as Buffer).toString('utf8'),
    }).toEqual({
      status: 200,
      type: expect.stringMatching(/^text\/markdown/),
      disposition: `attachment; filename="brief _ concept.md"; filename*=UTF-8''brief%20%E2%80%93%20concept.md`,
      cache: 'private, no-store',
      body: TEXT,
    });
  });

  it('lists an item’s papers the person may read, and answers 404 for the rest as for a missing file', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const open = await paper({ agendaItemId: item.id });
    const confidential = await paper({ agendaItemId: item.id }, 'CONFIDENTIAL');
    const staff = await staffMember();
    const cookie = await signInAs(api.dataSource, staff.personId);

    const listed = await staff.request<{ agendaItem: { documents: { id: string }[] } }>(ITEM_PAPERS, {
      id: item.id,
    });
    const statuses = await Promise.all(
      [open, confidential, '00000000-0000-4000-8000-000000000000'].map(
        async (id) =>
          (await request(api.server).get(`/export/documents/${id}/x.md`).set('Cookie', cookie)).status,
      ),
    );

    expect({ listed: listed.data?.agendaItem.documents.map((d) => d.id), statuses }).toEqual({
      listed: [open],
      statuses: [200, 404, 404],
    });
  });

  it('gives a visitor without a session nothing of an unpublished item', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const id = await paper({ agendaItemId: item.id });

    const response = await request(api.server).get(`/export/documents/${id}/brief.md`);

    expect({ status: response.status, body: response.text }).toEqual({
      status: 404,
      body: expect.not.stringContaining('Raadsinformatiebrief'),
    });
  });

  it('withholds the papers of an item from a member who declared a conflict of interest that bars them', async () => {
    const member = await aSignedInMember(
      api.dataSource,
      api.server,
      board.organisation.id,
      MembershipRole.MEMBER,
      (m) => m.inBody(board.body.id),
    );
    const cookie = await signInAs(api.dataSource, member.personId);
    const item = await anAgendaItem(board).create(api.dataSource);
    const id = await paper({ agendaItemId: item.id });
    await api.dataSource.query(
      `INSERT INTO conflict_of_interest (organisation_id, person_id, agenda_item_id, reason, bars_papers)
       VALUES ($1, $2, $3, 'Familielid is aanvrager', true)`,
      [board.organisation.id, member.personId, item.id],
    );

    const download = await request(api.server).get(`/export/documents/${id}/brief.md`).set('Cookie', cookie);
    const listed = await member.request<{ agendaItem: { documents: unknown[] } }>(ITEM_PAPERS, {
      id: item.id,
    });

    expect({ status: download.status, listed: listed.data?.agendaItem.documents }).toEqual({
      status: 404,
      listed: [],
    });
  });

  it('lists the papers of each proposal version', async () => {
    const { proposal, versions } = await aProposal(board).create(api.dataSource);
    await api.dataSource.query(`UPDATE proposal SET state = 'CONCEPT' WHERE id = $1`, [proposal.id]);
    const id = await paper({ proposalVersionId: versions[0]?.id as string });

    const response = await secretary<{
      proposal: { versions: { number: number; documents: { id: string }[] }[] };
    }>(VERSION_PAPERS, { id: proposal.id });

    expect(response.data?.proposal.versions[0]?.documents).toEqual([{ id }]);
  });

  it('keeps quotes and line breaks out of the Content-Disposition header', () => {
    expect(attachment('a"b\r\nc.pdf')).toBe(
      `attachment; filename="a_b__c.pdf"; filename*=UTF-8''a%22b%0D%0Ac.pdf`,
    );
  });
});
