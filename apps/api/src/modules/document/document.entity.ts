import { Confidentiality, DOCUMENT_CONTENT_TYPES, DOCUMENT_MAX_BYTES } from '@bestuurskracht/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { dutchSearch, oneOf } from '../../database/sql';
import { CouncilViewEntity } from '../council-view/council-view.entity';
import { DecisionEntity } from '../decision/decision.entity';
import { SecrecyEntity } from '../integrity/secrecy.entity';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { BodyEntity } from '../body/body.entity';
import { PersonEntity } from '../person/person.entity';
import { ProposalEntity } from '../proposal/proposal.entity';
import { ProposalVersionEntity } from '../proposal/proposal-version.entity';

/**
 * bijlage / stuk: a file attached to exactly one parent (proposal version, agenda item, decision or council
 * view). Visible as its parent, narrowed by its own confidentiality. The content is stored in PostgreSQL
 * (bytea, at most 20 MiB) and loaded only when downloaded.
 */
@Entity({ name: 'document' })
@Index('document_proposal_version_idx', ['proposalVersionId'])
@Index('document_agenda_item_idx', ['agendaItemId'])
@Index('document_decision_idx', ['decisionId'])
@Index('document_council_view_idx', ['councilViewId'])
@Index('document_proposal_idx', ['proposalId'])
@Index('document_search_idx', { synchronize: false })
@Check('document_confidentiality_check', oneOf('confidentiality', Confidentiality))
@Check('document_content_type_check', oneOf('content_type', DOCUMENT_CONTENT_TYPES))
@Check(
  'document_size_check',
  `size_bytes > 0 AND size_bytes <= ${DOCUMENT_MAX_BYTES} AND size_bytes = octet_length(content)`,
)
@Check(
  'document_parent_check',
  'num_nonnulls(proposal_version_id, agenda_item_id, decision_id, council_view_id) = 1',
)
@Check('document_secrecy_check', `confidentiality <> 'SECRET' OR secrecy_id IS NOT NULL`)
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'document_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'document_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'proposal_version_id', type: 'uuid', nullable: true })
  proposalVersionId: string | null;

  @ManyToOne(() => ProposalVersionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_version_id', foreignKeyConstraintName: 'document_proposal_version_fkey' })
  proposalVersion?: ProposalVersionEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'document_agenda_item_fkey' })
  agendaItem?: AgendaItemEntity;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'document_decision_fkey' })
  decision?: DecisionEntity;

  @Column({ name: 'council_view_id', type: 'uuid', nullable: true })
  councilViewId: string | null;

  @ManyToOne(() => CouncilViewEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'council_view_id', foreignKeyConstraintName: 'document_council_view_fkey' })
  councilView?: CouncilViewEntity;

  /** The body of the parent (agenda item, decision, council-view procedure); null for a proposal's papers */
  @Column({ name: 'body_id', type: 'uuid', nullable: true })
  bodyId: string | null;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'document_body_fkey' })
  body?: BodyEntity;

  /** The proposal the paper belongs to, when there is one: a conflict of interest on it bars the paper */
  @Column({ name: 'proposal_id', type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'document_proposal_fkey' })
  proposal?: ProposalEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'content_type', type: 'varchar', length: 128 })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  /** Hex SHA-256 of the content, for integrity and deduplication */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  /** Text extracted from the file for search (plain text and markdown today) */
  @Column({ name: 'text_content', type: 'text', nullable: true, select: false })
  textContent: string | null;

  @Column({ type: 'varchar', length: 16 })
  confidentiality: Confidentiality;

  @Column({ name: 'secrecy_id', type: 'uuid', nullable: true })
  secrecyId: string | null;

  @ManyToOne(() => SecrecyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'secrecy_id', foreignKeyConstraintName: 'document_secrecy_fkey' })
  secrecy?: SecrecyEntity;

  @Column({ name: 'uploaded_by_id', type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'document_uploaded_by_fkey' })
  uploadedBy?: PersonEntity;

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: dutchSearch('title', 'file_name', 'text_content'),
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
