import { graphqlRequest } from '@bestuurskracht/api/testing';
import { DOCUMENT_MAX_BYTES } from '@bestuurskracht/shared/domain';
import { createHash } from 'node:crypto';
import {
  aBoard,
  aDecision,
  anAgendaItem,
  aProposal,
  type Board,
} from '../../test/builders/decision.builders';
import { startTestApp, type TestApp } from '../../test/test-app';
import { DocumentService } from './document.service';
import type { UploadDocumentInput } from './dto/upload-document.input';

const UPLOAD = `mutation ($input: UploadDocumentInput!) {
  uploadDocument(input: $input) { id organisationId decisionId agendaItemId proposalVersionId title fileName contentType
    sizeBytes sha256 confidentiality secrecyId } }`;

type Uploaded = { uploadDocument: Record<string, unknown> & { id: string } };

describe('documents', () => {
  let api: TestApp;
  let board: Board;

  beforeAll(async () => {
    api = await startTestApp();
    board = await aBoard().create(api.dataSource);
  });
  afterAll(() => api.close());

  const input = (parent: Record<string, string>, extra: Record<string, unknown> = {}) => ({
    parent,
    title: 'Raadsinformatiebrief',
    fileName: 'brief.md',
    contentType: 'text/markdown',
    contentBase64: Buffer.from('# Brief\n\nDe vergunningen worden verleend.').toString('base64'),
    confidentiality: 'PUBLIC',
    uploadedById: board.secretary.id,
    ...extra,
  });

  it('stores a document under a decision, in its organisation, with size and checksum', async () => {
    const decision = await aDecision(await anAgendaItem(board).create(api.dataSource)).create(api.dataSource);
    const content = Buffer.from('# Brief\n\nDe vergunningen worden verleend.');
    const response = await graphqlRequest<Uploaded>(api.server, UPLOAD, {
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
    const response = await graphqlRequest<Uploaded>(api.server, UPLOAD, {
      input: input({ agendaItemId: item.id }),
    });
    const rows = await api.dataSource.query(`SELECT text_content FROM document WHERE id = $1`, [
      response.data?.uploadDocument.id,
    ]);
    expect(rows).toEqual([{ text_content: '# Brief\n\nDe vergunningen worden verleend.' }]);
  });

  it("takes the organisation of a proposal version's proposal", async () => {
    const { versions } = await aProposal(board).create(api.dataSource);
    const response = await graphqlRequest<Uploaded>(api.server, UPLOAD, {
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
    const response = await graphqlRequest(api.server, UPLOAD, {
      input: input({ agendaItemId: item.id }, { contentBase64: 'dit is geen base64!' }),
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'contentBase64', message: 'must be base64-encoded content' }],
    });
  });

  it('refuses a content type outside the accepted list', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const response = await graphqlRequest(api.server, UPLOAD, {
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
    const response = await graphqlRequest(api.server, UPLOAD, {
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
    const response = await graphqlRequest<Uploaded>(api.server, UPLOAD, {
      input: input({ agendaItemId: item.id }, { confidentiality: 'SECRET' }),
    });
    expect(response.data?.uploadDocument).toMatchObject({ confidentiality: 'SECRET', secrecyId: secrecy.id });
  });

  it('refuses SECRET when the parent is not under geheimhouding', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const response = await graphqlRequest(api.server, UPLOAD, {
      input: input({ agendaItemId: item.id }, { confidentiality: 'SECRET' }),
    });
    expect(response.errors?.[0]?.extensions?.['fields']).toEqual([
      { field: 'confidentiality', message: 'may be SECRET only when its parent is under geheimhouding' },
    ]);
  });

  it('refuses a file larger than the maximum', async () => {
    // The 100 kB GraphQL request limit stops such a file before GraphQL, so the service's own rule is called here
    const item = await anAgendaItem(board).create(api.dataSource);
    const upload = api.app.get(DocumentService).upload({
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
    const response = await graphqlRequest(api.server, UPLOAD, {
      input: input({ agendaItemId: item.id }, { contentBase64: Buffer.alloc(200_000).toString('base64') }),
    });
    expect(response.status).toBe(413);
  });

  it('answers an unknown parent with NOT_FOUND', async () => {
    const response = await graphqlRequest(api.server, UPLOAD, {
      input: input({ decisionId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Decision not found',
      extensions: { code: 'NOT_FOUND' },
    });
  });

  it('shows metadata by id, never the content', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const uploaded = await graphqlRequest<Uploaded>(api.server, UPLOAD, {
      input: input({ agendaItemId: item.id }),
    });
    const response = await graphqlRequest(api.server, `query ($id: ID!) { document(id: $id) { content } }`, {
      id: uploaded.data?.uploadDocument.id,
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('finds a document by id', async () => {
    const item = await anAgendaItem(board).create(api.dataSource);
    const uploaded = await graphqlRequest<Uploaded>(api.server, UPLOAD, {
      input: input({ agendaItemId: item.id }),
    });
    const response = await graphqlRequest<{ document: unknown }>(
      api.server,
      `query ($id: ID!) { document(id: $id) { fileName contentType } }`,
      { id: uploaded.data?.uploadDocument.id },
    );
    expect(response.data?.document).toEqual({ fileName: 'brief.md', contentType: 'text/markdown' });
  });

  it('answers an unknown document with NOT_FOUND', async () => {
    const response = await graphqlRequest(api.server, `query ($id: ID!) { document(id: $id) { id } }`, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });
});
