import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from './organisation.entity';

/** portefeuille / domein: the policy domain a committee or portfolio meeting covers. */
@Entity({ name: 'portfolio' })
@Index('portfolio_organisation_code_key', ['organisationId', 'code'], { unique: true })
export class PortfolioEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'portfolio_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'portfolio_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'text' })
  name: string;
}
