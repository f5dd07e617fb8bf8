import { MembershipRole } from '@bestuurskracht/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/sql';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PortfolioEntity } from '../organisation/portfolio.entity';
import { PersonEntity } from '../person/person.entity';
import { BodyEntity } from './body.entity';

/**
 * lidmaatschap / functie: person P acts as role R in body B (or, for ADMINISTRATOR and DIRECTOR, in the
 * organisation; for STAFF, in a portfolio), on behalf of gemeente G, from/to a date. Access follows from the
 * memberships valid today only.
 */
@Entity({ name: 'membership' })
@Index('membership_person_idx', ['personId'])
@Index('membership_body_idx', ['bodyId'])
@Index('membership_organisation_idx', ['organisationId'])
@Check('membership_role_check', oneOf('role', MembershipRole))
@Check('membership_period_check', 'ends_on IS NULL OR ends_on >= starts_on')
@Check(
  'membership_target_check',
  `(role IN ('ADMINISTRATOR', 'DIRECTOR') AND body_id IS NULL AND portfolio_id IS NULL)
   OR (role = 'STAFF' AND body_id IS NULL AND portfolio_id IS NOT NULL)
   OR (role NOT IN ('ADMINISTRATOR', 'DIRECTOR', 'STAFF') AND body_id IS NOT NULL)`,
)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'membership_pkey' })
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'membership_person_fkey' })
  person?: PersonEntity;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'membership_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'body_id', type: 'uuid', nullable: true })
  bodyId: string | null;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'membership_body_fkey' })
  body?: BodyEntity;

  @Column({ name: 'portfolio_id', type: 'uuid', nullable: true })
  portfolioId: string | null;

  @ManyToOne(() => PortfolioEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'portfolio_id', foreignKeyConstraintName: 'membership_portfolio_fkey' })
  portfolio?: PortfolioEntity;

  @Column({ type: 'varchar', length: 32 })
  role: MembershipRole;

  /** The gemeente this person acts for; null when acting for the organisation itself */
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'membership_municipality_fkey' })
  municipality?: MunicipalityEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;
}
