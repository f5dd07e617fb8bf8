import { Confidentiality, DOCUMENT_MAX_BYTES } from '@bestuurskracht/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { badUserInput, notFound } from '../../graphql/errors';
import { AuditService } from '../audit/audit.service';
import { requireAll } from '../../database/references';
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
}

/** How to find each kind of parent's organisation, body, proposal and geheimhouding. */
const PARENTS: Record<keyof DocumentParentInput, { what: string; sql: string }> = {
  proposalVersionId: {
    what: 'ProposalVersion',
    sql: `SELECT proposal.organisation_id, proposal.secrecy_id, NULL::uuid AS body_id, proposal.id AS proposal_id
            FROM proposal_version version JOIN proposal ON proposal.id = version.proposal_id WHERE version.id = $1`,
  },
  agendaItemId: {
    what: 'AgendaItem',
    sql: `SELECT organisation_id, secrecy_id, body_id, proposal_id FROM agenda_item WHERE id = $1`,
  },
  decisionId: {
    what: 'Decision',
    sql: `SELECT decision.organisation_id, decision.secrecy_id, decision.body_id, item.proposal_id
            FROM decision JOIN agenda_item item ON item.id = decision.agenda_item_id WHERE decision.id = $1`,
  },
  councilViewId: {
    what: 'CouncilView',
    sql: `SELECT procedure.organisation_id, NULL::uuid AS secrecy_id, procedure.body_id, procedure.proposal_id
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

  async get(id: string): Promise<Document> {
    const entity = await this.dataSource.getRepository(DocumentEntity).findOneBy({ id });
    if (!entity) throw notFound('Document');
    return toDocument(entity);
  }

  /**
   * Stores a file under exactly one parent, in the parent's organisation. Plain text and markdown are also
   * kept as text, so search finds them.
   */
  upload(input: UploadDocumentInput): Promise<Document> {
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
      const parent = await findParent(manager, parentKey, input.parent[parentKey] as string);
      await requireAll(manager, 'person', [input.uploadedById], 'Person');
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
      const entity = await manager.save(
        manager.create(DocumentEntity, {
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
          uploadedById: input.uploadedById,
        }),
      );
      await this.audit.record(manager, {
        organisationId: entity.organisationId,
        actorId: null,
        action: 'uploadDocument',
        subjectType: 'Document',
        subjectId: entity.id,
        details: { [parentKey]: input.parent[parentKey], sha256: entity.sha256, sizeBytes: entity.sizeBytes },
      });
      return toDocument(entity);
    });
  }
}

async function findParent(
  manager: EntityManager,
  key: keyof DocumentParentInput,
  id: string,
): Promise<ParentFacts> {
  const rows: ParentFacts[] = await manager.query(PARENTS[key].sql, [id]);
  if (!rows[0]) throw notFound(PARENTS[key].what);
  return rows[0];
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
