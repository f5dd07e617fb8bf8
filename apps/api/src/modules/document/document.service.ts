import type { SubjectName } from '@bestuurskracht/shared/authz';
import { Confidentiality, DOCUMENT_MAX_BYTES } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager, type ObjectLiteral } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { badUserInput, forbidden, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { CouncilViewEntity } from '../council-view/council-view.entity';
import { DocumentEntity } from './document.entity';
import { toDocument } from './document.mapper';
import type { Document } from './document.model';
import type { DocumentParentInput, UploadDocumentInput } from './dto/upload-document.input';

const TEXT_TYPES = new Set(['text/plain', 'text/markdown']);

interface ParentFacts {
  organisation_id: string;
  secrecy_id: string | null;
  body_id: string | null;
  proposal_id: string | null;
  /** the id of the record whose read rules the parent follows */
  read_id: string;
}

interface ParentKind {
  what: string;
  /** who may read the parent: as this subject (a proposal version as its proposal, a view as its procedure) */
  readAs: SubjectName;
  /** who may attach papers: whoever may change the parent, as this subject */
  changeAs: SubjectName;
  /** the row the change rules apply to, when it is not the one read */
  changeRow?: (manager: EntityManager, id: string) => Promise<ObjectLiteral | null>;
  /** finds the parent's organisation, body, proposal and geheimhouding */
  sql: string;
}

const PARENTS: Record<keyof DocumentParentInput, ParentKind> = {
  proposalVersionId: {
    what: 'ProposalVersion',
    readAs: 'Proposal',
    changeAs: 'Proposal',
    sql: `SELECT proposal.organisation_id, proposal.secrecy_id, NULL::uuid AS body_id, proposal.id AS proposal_id,
                 proposal.id AS read_id
            FROM proposal_version version JOIN proposal ON proposal.id = version.proposal_id WHERE version.id = $1`,
  },
  agendaItemId: {
    what: 'AgendaItem',
    readAs: 'AgendaItem',
    changeAs: 'AgendaItem',
    sql: `SELECT organisation_id, secrecy_id, body_id, proposal_id, id AS read_id FROM agenda_item WHERE id = $1`,
  },
  decisionId: {
    what: 'Decision',
    readAs: 'Decision',
    changeAs: 'Decision',
    sql: `SELECT decision.organisation_id, decision.secrecy_id, decision.body_id, item.proposal_id,
                 decision.id AS read_id
            FROM decision JOIN agenda_item item ON item.id = decision.agenda_item_id WHERE decision.id = $1`,
  },
  councilViewId: {
    what: 'CouncilView',
    readAs: 'CouncilViewProcedure',
    changeAs: 'CouncilView',
    changeRow: (manager, id) => manager.findOneBy(CouncilViewEntity, { id }),
    sql: `SELECT procedure.organisation_id, NULL::uuid AS secrecy_id, procedure.body_id, procedure.proposal_id,
                 procedure.id AS read_id
            FROM council_view view JOIN council_view_procedure procedure ON procedure.id = view.procedure_id
           WHERE view.id = $1`,
  },
};

@Injectable()
export class DocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: Viewer, id: string): Promise<Document> {
    return toDocument(await viewer.findReadable<DocumentEntity>(this.dataSource.manager, 'Document', id));
  }

  /** A document's metadata and content, for its download; NOT_FOUND when missing or refused, as `get`. */
  async download(viewer: Viewer, id: string): Promise<{ document: Document; content: Buffer }> {
    const entity = await viewer.findReadable<DocumentEntity>(this.dataSource.manager, 'Document', id);
    // the content is never selected with the metadata; read it only once access is settled
    const [row]: { content: Buffer }[] = await this.dataSource.query(
      'SELECT content FROM document WHERE id = $1',
      [id],
    );
    if (!row) throw notFound('Document');
    return { document: toDocument(entity), content: row.content };
  }

  /**
   * Stores a file under exactly one parent the uploader may read and change, in the parent's organisation. Plain
   * text and markdown are also kept as text, so search finds them.
   */
  upload(viewer: Viewer, input: UploadDocumentInput): Promise<Document> {
    const actorId = viewer.requirePersonId();
    return this.dataSource.transaction(async (manager) => {
      const parentKeys = (Object.keys(PARENTS) as (keyof DocumentParentInput)[]).filter(
        (key) => input.parent[key],
      );
      if (parentKeys.length !== 1) {
        throw badUserInput('a document has exactly one parent', [
          {
            field: 'parent',
            message: 'give exactly one of proposalVersionId, agendaItemId, decisionId, councilViewId',
          },
        ]);
      }
      const parentKey = parentKeys[0] as keyof DocumentParentInput;
      const parentId = input.parent[parentKey] as string;
      const parent = await findParent(manager, viewer, parentKey, parentId);
      const content = Buffer.from(input.contentBase64, 'base64');
      if (content.length > DOCUMENT_MAX_BYTES) {
        throw badUserInput('the document is too large', [
          { field: 'contentBase64', message: `must be at most ${DOCUMENT_MAX_BYTES} bytes (20 MiB)` },
        ]);
      }
      const secret = input.confidentiality === Confidentiality.SECRET;
      if (secret && !parent.secrecy_id) {
        throw badUserInput('geheimhouding is imposed on the parent first', [
          { field: 'confidentiality', message: 'may be SECRET only when its parent is under geheimhouding' },
        ]);
      }
      const row = manager.create(DocumentEntity, {
        organisationId: parent.organisation_id,
        proposalVersionId: input.parent.proposalVersionId ?? null,
        agendaItemId: input.parent.agendaItemId ?? null,
        decisionId: input.parent.decisionId ?? null,
        councilViewId: input.parent.councilViewId ?? null,
        bodyId: parent.body_id,
        proposalId: parent.proposal_id,
        title: input.title,
        fileName: input.fileName,
        contentType: input.contentType,
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        textContent: TEXT_TYPES.has(input.contentType) ? utf8Text(content) : null,
        confidentiality: input.confidentiality,
        secrecyId: secret ? parent.secrecy_id : null,
        uploadedById: actorId,
      });
      viewer.authorizeNew('Document', row);
      const entity = await manager.save(row);
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId,
        action: 'uploadDocument',
        subjectType: 'Document',
        subjectId: entity.id,
        details: { [parentKey]: parentId, sha256: entity.sha256, sizeBytes: entity.sizeBytes },
      });
      return toDocument(entity);
    });
  }
}

/**
 * The parent's facts, when the person may read it (NOT_FOUND otherwise, as for a missing one) and may change it
 * (FORBIDDEN otherwise): a document is changed as its parent.
 */
async function findParent(
  manager: EntityManager,
  viewer: Viewer,
  key: keyof DocumentParentInput,
  id: string,
): Promise<ParentFacts> {
  const kind = PARENTS[key];
  const [facts]: ParentFacts[] = await manager.query(kind.sql, [id]);
  if (!facts) throw notFound(kind.what);
  // a refused parent reads exactly like a missing one, under the parent's own name
  const readRow = await viewer
    .findReadable<ObjectLiteral>(manager, kind.readAs, facts.read_id)
    .catch((error: unknown) => {
      throw isNotFound(error) ? notFound(kind.what) : error;
    });
  const changeRow = kind.changeRow ? await kind.changeRow(manager, id) : readRow;
  if (!changeRow || !viewer.can('update', kind.changeAs, changeRow)) {
    throw forbidden(`you may not add papers to this ${kind.what}`);
  }
  return facts;
}

function isNotFound(error: unknown): boolean {
  return error instanceof GraphQLError && error.extensions['code'] === 'NOT_FOUND';
}

function utf8Text(content: Buffer): string {
  try {
    // PostgreSQL text cannot hold NUL characters
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/\0/g, '');
  } catch {
    throw badUserInput('text documents are read as UTF-8', [
      { field: 'contentBase64', message: 'must be UTF-8 text for text/plain and text/markdown' },
    ]);
  }
}
