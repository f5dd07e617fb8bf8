import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';
import { PortfolioEntity } from './portfolio.entity';

/** taakveld / dienst: a task the organisation can perform (Wmo, Jeugd, VTH, ICT, …). */
@Entity({ name: 'service_area' })
@Index('service_area_organisation_code_key', ['organisationId', 'code'], { unique: true })
export class ServiceAreaEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'service_area_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'service_area_organisation_fkey' })
  organisation?: OrganisationEntity;

  /** Short stable code, e.g. VTH, WMO */
  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  /** The portfolio (and so the committee) this service area belongs to */
  @Column({ name: 'portfolio_id', type: 'uuid', nullable: true })
  portfolioId: string | null;

  @ManyToOne(() => PortfolioEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'portfolio_id', foreignKeyConstraintName: 'service_area_portfolio_fkey' })
  portfolio?: PortfolioEntity;
}
