import { graphqlRequest } from '@bestuurskracht/api/testing';
import { DOCUMENT_MAX_BYTES, MembershipRole } from '@bestuurskracht/shared/domain';
import { createHash } from 'node:crypto';
import { ViewerFactory } from '../../authz/viewer.factory';
import {
  aBoard,
  aDecision,
  anAgendaItem,
  aProposal,
  type Board,
} from '../../test/builders/decision.builders';
import { aMembership, aPortfolio } from '../../test/builders/structure.builders';
import { signInAs } from '../../test/sign-in';
import { aSignedInMember, type Requester } from '../../test/signed-in-member';
import { startTestApp, type TestApp } from '../../test/test-app';
import { DocumentService } from './document.service';
import type { UploadDocumentInput } from './dto/upload-document.input';

const UPLOAD = `mutation ($input: UploadDocumentInput!) {
  uploadDocument(input: $input) { id organisationId decisionId agendaItemId proposalVersionId title fileName contentType
    sizeBytes sha256 confidentiality secrecyId } }`;

const DOCUMENT = `query ($id: ID!) { document(id: $id) { id } }`;

type Uploaded = { uploadDocument: Record<string, unknown> & { id: string } };

describe('documents', () => {
  let api: TestApp;
  let board: Board;
  /** the board's secretary: changes its agenda items and decisions, so adds their papers */
  let secretary: Requester;

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().create(api.dataSource);
    await aMembership(board.secretary.id, board.organisation.id, MembershipRole.SECRETARY)
      .inBody(board.body.id)
      .create(api.dataSource);
    const cookie = await signInAs(api.dataSource, board.secretary.id);
    secretary = (query, variables) => graphqlRequest(api.server, query, variables, { cookie });
  });
  afterAll(() => api.close());

  const input = (parent: Record<string, string>, extra: Record<string, unknown> = {}) => ({
    parent,
    title: 'Raadsinformatiebrief',
    fileName: 'brief.md',
    contentType: 'text/markdown',
    contentBase64: Buffer.from('# Brief\n\nDe vergunningen worden verleend.').toString('base64'),
    confidentiality: 'PUBLIC',
    ...extra,
  });

  it('stores a document under a decision, in its organisation, with size and checksum', async () => {
    const decision = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(api.dataSource);
    const content = Buffer.from('# Brief\n\nDe vergunningen worden verleend.');
    const response = await secretary<Uploaded>(UPLOAD, {
      input: input({ decisionId: decision.id }),
    });
    expect(response.data?.uploadDocument).toMatchObject({
      organisationId: board.organisation.id,
      decisionId: decision.id,
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
  });

  it('keeps the text of a markdown file for search', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const response = await secretary<Uploaded>(UPLOAD, {
      input: input({ agendaItemId: item.id }),
    });
    const rows = await api.dataSource.query(`SELECT text_content FROM document WHERE id = $1`, [
      response.data?.uploadDocument.id,
    ]);
    expect(rows).toEqual([{ text_content: '# Brief\n\nDe vergunningen worden verleend.' }]);
  });

  it("takes the organisation of a proposal version's proposal", async () => {
    // its author may change a concept, so add its papers
    const { proposal, versions } = await aProposal(board).create(api.dataSource);
    await api.dataSource.query(`UPDATE proposal SET state = 'CONCEPT' WHERE id = $1`, [proposal.id]);
    const response = await secretary<Uploaded>(UPLOAD, {
      input: input(
        { proposalVersionId: versions[0]?.id as string },
        { contentType: 'application/pdf', fileName: 'a.pdf' },
      ),
    });
    expect(response.data?.uploadDocument).toMatchObject({
      organisationId: board.organisation.id,
      title: 'Raadsinformatiebrief',
    });
  });

  it('refuses content that is not base64', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const response = await secretary(UPLOAD, {
      input: input({ agendaItemId: item.id }, { contentBase64: 'dit is geen base64!' }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'contentBase64', message: 'must be base64-encoded content' }],
    });
  });

  it('refuses a content type outside the accepted list', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const response = await secretary(UPLOAD, {
      input: input({ agendaItemId: item.id }, { contentType: 'application/x-msdownload' }),
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      {
        field: 'contentType',
        message: expect.stringMatching(/^must be one of application\/pdf, text\/plain/),
      },
    ]);
  });

  it('refuses a document with two parents', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const decision = await aDecision(item).create(api.dataSource);
    const response = await secretary(UPLOAD, {
      input: input({ agendaItemId: item.id, decisionId: decision.id }),
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      {
        field: 'parent',
        message: 'give exactly one of proposalVersionId, agendaItemId, decisionId, councilViewId',
      },
    ]);
  });

  it('puts a SECRET document under the geheimhouding of its parent', async () => {
    const [secrecy] = await api.dataSource.query(
      `INSERT INTO secrecy (organisation_id, imposed_by_body_id, imposed_by_person_id, grounds, imposed_on)
       VALUES ($1, $2, $3, 'Onderhandelingspositie', '2026-03-01') RETURNING id`,
      [board.organisation.id, board.body.id, board.secretary.id],
    );
    const item = await anAgendaItem(board).underSecrecy(secrecy.id).create(api.dataSource);
    const response = await secretary<Uploaded>(UPLOAD, {
      input: input({ agendaItemId: item.id }, { confidentiality: 'SECRET' }),
    });
    expect(response.data?.uploadDocument).toMatchObject({ confidentiality: 'SECRET', secrecyId: secrecy.id });
  });

  it('refuses SECRET when the parent is not under geheimhouding', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const response = await secretary(UPLOAD, {
      input: input({ agendaItemId: item.id }, { confidentiality: 'SECRET' }),
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'confidentiality', message: 'may be SECRET only when its parent is under geheimhouding' },
    ]);
  });

  it('refuses a file larger than the maximum', async () => {
    // The 100 kB GraphQL request limit stops such a file before GraphQL, so the service's own rule is called here
    const item = await anAgendaItem(board).create(api.dataSource);
    const viewer = await api.app.get(ViewerFactory).forPerson(board.secretary.id);
    const upload = api.app.get(DocumentService).upload(viewer, {
      ...input({ agendaItemId: item.id }),
      contentBase64: Buffer.alloc(DOCUMENT_MAX_BYTES + 1).toString('base64'),
    } as UploadDocumentInput);
    await expect(upload).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'contentBase64', message: `must be at most ${DOCUMENT_MAX_BYTES} bytes (20 MiB)` }],
      },
    });
  });

  it('refuses a request beyond the GraphQL body limit', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const response = await secretary(UPLOAD, {
      input: input({ agendaItemId: item.id }, { contentBase64: Buffer.alloc(200_000).toString('base64') }),
    });
    expect(response.status).toBe(413);
  });

  it('answers an unknown parent with NOT_FOUND', async () => {
    const response = await secretary(UPLOAD, {
      input: input({ decisionId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Decision not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('shows metadata by id, never the content', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const uploaded = await secretary<Uploaded>(UPLOAD, {
      input: input({ agendaItemId: item.id }),
    });
    const response = await secretary(`query ($id: ID!) { document(id: $id) { content } }`, {
      id: uploaded.data?.uploadDocument.id,
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('finds a document by id', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const uploaded = await secretary<Uploaded>(UPLOAD, {
      input: input({ agendaItemId: item.id }),
    });
    const response = await secretary<{ document: unknown }>(
      `query ($id: ID!) { document(id: $id) { fileName contentType } }`,
      { id: uploaded.data?.uploadDocument.id },
    );
    expect(response.data?.document).toEqual({ fileName: 'brief.md', contentType: 'text/markdown' });
  });

  it('answers an unknown document with NOT_FOUND', async () => {
    const response = await secretary(DOCUMENT, { id: '00000000-0000-4000-8000-000000000000' });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Document not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('records the signed-in person as uploader, in the document and the audit trail', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const uploaded = await secretary<{ uploadDocument: { id: string; uploadedById: string } }>(
      `mutation ($input: UploadDocumentInput!) { uploadDocument(input: $input) { id uploadedById } }`,
      { input: input({ agendaItemId: item.id }) },
    );
    const id = uploaded.data?.uploadDocument.id;
    const entries = await api.dataSource.query(`SELECT actor_id FROM audit_entry WHERE subject_id = $1`, [
      id,
    ]);
    expect({ uploader: uploaded.data?.uploadDocument.uploadedById, entries }).toEqual({
      uploader: board.secretary.id,
      entries: [{ actor_id: board.secretary.id }],
    });
  });

  it('no longer takes the uploader from the input', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const response = await secretary(UPLOAD, {
      input: input({ agendaItemId: item.id }, { uploadedById: board.secretary.id }),
    });
    expect(response.errors?.[0]?.message).toMatch(/Field "uploadedById" is not defined/);
  });

  describe('who gets the papers', () => {
    /** Uploads as the secretary and answers the new document's id. */
    async function paper(parent: Record<string, string>, confidentiality = 'PUBLIC'): Promise<string> {
      const response = await secretary<Uploaded>(UPLOAD, { input: input(parent, { confidentiality }) });
      if (!response.data) throw new Error(JSON.stringify(response.errors));
      return response.data.uploadDocument.id;
    }

    /** A member of the organisation outside the board: staff of a portfolio. */
    async function staffMember() {
      const portfolio = await aPortfolio(board.organisation.id).create(api.dataSource);
      return aSignedInMember(api.dataSource, api.server, board.organisation.id, MembershipRole.STAFF, (m) =>
        m.inPortfolio(portfolio.id),
      );
    }

    it('refuses a visitor without a session', async () => {
      const id = await paper({ agendaItemId: (await anAgendaItem(board).create(api.dataSource)).id });
      const read = await graphqlRequest(api.server, DOCUMENT, { id });
      const item = await anAgendaItem(board).create(api.dataSource);
      const upload = await graphqlRequest(api.server, UPLOAD, { input: input({ agendaItemId: item.id }) });
      expect([read, upload].map((r) => r.errors?.[0]?.extensions?.['code'])).toEqual([
        'UNAUTHENTICATED',
        'UNAUTHENTICATED',
      ]);
    });

    it('answers a person of another organisation as if the document and its parent did not exist', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const id = await paper({ agendaItemId: item.id });
      const other = await aBoard().create(api.dataSource);
      const stranger = await aSignedInMember(
        api.dataSource,
        api.server,
        other.organisation.id,
        MembershipRole.SECRETARY,
        (m) => m.inBody(other.body.id),
      );
      const read = await stranger.request(DOCUMENT, { id });
      const upload = await stranger.request(UPLOAD, { input: input({ agendaItemId: item.id }) });
      const rows = await api.dataSource.query(
        `SELECT count(*)::int AS n FROM document WHERE agenda_item_id = $1`,
        [item.id],
      );
      expect({ read: read.errors?.[0], upload: upload.errors?.[0], rows }).toEqual({
        read: expect.objectContaining({ message: 'Document not found', extensions: { code: 'NOT_FOUND' } }),
        upload: expect.objectContaining({
          message: 'AgendaItem not found',
          extensions: { code: 'NOT_FOUND' },
        }),
        rows: [{ n: 1 }],
      });
    });

    it("shows the organisation an openbaar item's openbaar papers, but not its vertrouwelijke", async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const open = await paper({ agendaItemId: item.id });
      const confidential = await paper({ agendaItemId: item.id }, 'CONFIDENTIAL');
      const staff = await staffMember();
      const answers = await Promise.all([open, confidential].map((id) => staff.request(DOCUMENT, { id })));
      expect(answers.map((a) => a.data?.['document'] ?? a.errors?.[0]?.extensions?.['code'])).toEqual([
        { id: open },
        'NOT_FOUND',
      ]);
    });

    it('hides an openbaar paper of a vertrouwelijk item from those who may not read the item', async () => {
      const item = await anAgendaItem(board).confidential().create(api.dataSource);
      const id = await paper({ agendaItemId: item.id });
      const response = await (await staffMember()).request(DOCUMENT, { id });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    });

    it('refuses a reader of the item who may not change it (FORBIDDEN)', async () => {
      const item = await anAgendaItem(board).create(api.dataSource);
      const response = await (
        await staffMember()
      ).request(UPLOAD, { input: input({ agendaItemId: item.id }) });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    describe('after a declared conflict of interest', () => {
      let member: Awaited<ReturnType<typeof aSignedInMember>>;

      beforeAll(async () => {
        member = await aSignedInMember(
          api.dataSource,
          api.server,
          board.organisation.id,
          MembershipRole.MEMBER,
          (m) => m.inBody(board.body.id),
        );
      });

      const declare = (agendaItemId: string) =>
        api.dataSource.query(
          `INSERT INTO conflict_of_interest (organisation_id, person_id, agenda_item_id, reason, bars_papers)
           VALUES ($1, $2, $3, 'Familielid is aanvrager', true)`,
          [board.organisation.id, member.personId, agendaItemId],
        );

      it("withholds the item's papers, as if they did not exist", async () => {
        const item = await anAgendaItem(board).create(api.dataSource);
        const id = await paper({ agendaItemId: item.id });
        const before = await member.request(DOCUMENT, { id });
        await declare(item.id);
        const after = await member.request(DOCUMENT, { id });
        expect({ before: before.data, after: after.errors?.[0] }).toEqual({
          before: { document: { id } },
          after: expect.objectContaining({
            message: 'Document not found',
            extensions: { code: 'NOT_FOUND' },
          }),
        });
      });

      it('withholds the papers of the decision taken on that item, also by id', async () => {
        const barredItem = await anAgendaItem(board).create(api.dataSource);
        const barred = await aDecision(barredItem).create(api.dataSource);
        const other = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(
          api.dataSource,
        );
        const barredPaper = await paper({ decisionId: barred.id });
        const otherPaper = await paper({ decisionId: other.id });
        await declare(barredItem.id);
        const nested = `query ($id: ID!) { decision(id: $id) { documents { id } } }`;
        type Nested = { decision: { documents: { id: string }[] } };
        const [onBarred, onOther, byId] = await Promise.all([
          member.request<Nested>(nested, { id: barred.id }),
          member.request<Nested>(nested, { id: other.id }),
          member.request(DOCUMENT, { id: barredPaper }),
        ]);
        expect({
          onBarred: onBarred.data?.decision.documents,
          onOther: onOther.data?.decision.documents,
          byId: byId.errors?.[0]?.extensions?.['code'],
        }).toEqual({ onBarred: [], onOther: [{ id: otherPaper }], byId: 'NOT_FOUND' });
      });
    });
  });
});
