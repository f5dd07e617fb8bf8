import { LegalForm, OrganisationKind } from '@bestuurskracht/shared/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { oneOf } from '../../database/sql';
import { ParticipationEntity } from './participation.entity';

@Entity({ name: 'organisation' })
@Index('organisation_name_key', ['name'], { unique: true })
@Check('organisation_kind_check', oneOf('kind', OrganisationKind))
@Check('organisation_legal_form_check', oneOf('legal_form', LegalForm))
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'organisation_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: OrganisationKind;

  @Column({ name: 'legal_form', type: 'varchar', length: 32 })
  legalForm: LegalForm;

  @Column({ name: 'established_on', type: 'date' })
  establishedOn: string;

  @OneToMany(() => ParticipationEntity, (participation) => participation.organisation)
  participations?: ParticipationEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
