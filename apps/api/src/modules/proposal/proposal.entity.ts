import { Confidentiality, ProposalState } from '@bestuurskracht/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { dutchSearch, oneOf } from '../../database/sql';
import { SecrecyEntity } from '../integrity/secrecy.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PortfolioEntity } from '../organisation/portfolio.entity';
import { ServiceAreaEntity } from '../organisation/service-area.entity';
import { PersonEntity } from '../person/person.entity';

/**
 * voorstel. Its text lives in versions (proposal_version); a submitted proposal is never edited, a new version
 * is made. `version` is the row version for optimistic concurrency, `currentVersion` the text's number.
 */
@Entity({ name: 'proposal' })
@Index('proposal_organisation_state_idx', ['organisationId', 'state'])
@Index('proposal_portfolio_idx', ['portfolioId'])
@Index('proposal_author_idx', ['authorId'])
@Index('proposal_search_idx', { synchronize: false })
@Index('proposal_municipality_scope_idx', { synchronize: false })
@Index('proposal_agenda_body_ids_idx', { synchronize: false })
@Check('proposal_state_check', oneOf('state', ProposalState))
@Check('proposal_confidentiality_check', oneOf('confidentiality', Confidentiality))
@Check('proposal_secrecy_check', `confidentiality <> 'SECRET' OR secrecy_id IS NOT NULL`)
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'proposal_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'proposal_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'portfolio_id', type: 'uuid' })
  portfolioId: string;

  @ManyToOne(() => PortfolioEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'portfolio_id', foreignKeyConstraintName: 'proposal_portfolio_fkey' })
  portfolio?: PortfolioEntity;

  @Column({ name: 'service_area_id', type: 'uuid', nullable: true })
  serviceAreaId: string | null;

  @ManyToOne(() => ServiceAreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_area_id', foreignKeyConstraintName: 'proposal_service_area_fkey' })
  serviceArea?: ServiceAreaEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'proposal_author_fkey' })
  author?: PersonEntity;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'varchar', length: 32 })
  state: ProposalState;

  @Column({ name: 'current_version', type: 'integer', default: 1 })
  currentVersion: number;

  @Column({ name: 'municipality_scope', type: 'uuid', array: true, default: () => "'{}'" })
  municipalityScope: string[];

  @Column({ type: 'varchar', length: 16 })
  confidentiality: Confidentiality;

  @Column({ name: 'secrecy_id', type: 'uuid', nullable: true })
  secrecyId: string | null;

  @ManyToOne(() => SecrecyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'secrecy_id', foreignKeyConstraintName: 'proposal_secrecy_fkey' })
  secrecy?: SecrecyEntity;

  /**
   * The bodies whose agendas carry this proposal, kept by the trigger agenda_item_proposal_bodies: a submitted
   * proposal is visible to whoever may read an agenda item that carries it.
   */
  @Column({
    name: 'agenda_body_ids',
    type: 'uuid',
    array: true,
    default: () => "'{}'",
    insert: false,
    update: false,
  })
  agendaBodyIds: string[];

  @Column({
    name: 'search_vector',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: dutchSearch('title', 'summary'),
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
