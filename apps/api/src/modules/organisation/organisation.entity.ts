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
import { ParticipationEntity } from './participation.entity';

@Entity({ name: 'organisation' })
@Index('organisation_name_key', ['name'], { unique: true })
@Check('organisation_kind_check', `kind IN (${sqlList(Object.values(OrganisationKind))})`)
@Check('organisation_legal_form_check', `legal_form IN (${sqlList(Object.values(LegalForm))})`)
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

function sqlList(values: string[]): string {
  return values.map((value) => `'${value}'`).join(', ');
}
