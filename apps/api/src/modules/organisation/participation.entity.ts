import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';
import { OrganisationEntity } from './organisation.entity';

/** A gemeente's membership of an organisation (deelname); a gemeente may take part in several. */
@Entity({ name: 'participation' })
@Index(
  'participation_organisation_municipality_starts_key',
  ['organisationId', 'municipalityId', 'startsOn'],
  {
    unique: true,
  },
)
@Index('participation_municipality_idx', ['municipalityId'])
@Check('participation_period_check', 'ends_on IS NULL OR ends_on >= starts_on')
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'participation_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, (organisation) => organisation.participations, {
    onDelete: 'RESTRICT',
  })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'participation_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'participation_municipality_fkey' })
  municipality?: MunicipalityEntity;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;
}
