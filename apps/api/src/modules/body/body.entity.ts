import { BodyKind } from '@bestuurskracht/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/sql';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PortfolioEntity } from '../organisation/portfolio.entity';

/** bestuursorgaan / overleg. Which bodies exist is configuration: structure is data. */
@Entity({ name: 'body' })
@Index('body_organisation_name_key', ['organisationId', 'name'], { unique: true })
@Index('body_portfolio_idx', ['portfolioId'])
@Check('body_kind_check', oneOf('kind', BodyKind))
@Check('body_quorum_check', 'quorum IS NULL OR quorum >= 1')
export class BodyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'body_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'body_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: BodyKind;

  @Column({ type: 'text' })
  name: string;

  /** The policy domain of a committee or portfolio meeting */
  @Column({ name: 'portfolio_id', type: 'uuid', nullable: true })
  portfolioId: string | null;

  @ManyToOne(() => PortfolioEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'portfolio_id', foreignKeyConstraintName: 'body_portfolio_fkey' })
  portfolio?: PortfolioEntity;

  /** The gemeente of a college or gemeenteraad */
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'body_municipality_fkey' })
  municipality?: MunicipalityEntity;

  /** The body this one advises or prepares for (a committee advises the DB; a kopgroep prepares the table) */
  @Column({ name: 'advises_body_id', type: 'uuid', nullable: true })
  advisesBodyId: string | null;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advises_body_id', foreignKeyConstraintName: 'body_advises_body_fkey' })
  advisesBody?: BodyEntity;

  /** Whether decisions are taken by vote (then quorum applies) */
  @Column({ type: 'boolean', default: false })
  votes: boolean;

  /** Members present needed for a valid vote */
  @Column({ type: 'integer', nullable: true })
  quorum: number | null;
}
