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
import { BodyEntity } from '../body/body.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PersonEntity } from '../person/person.entity';

/**
 * geheimhouding (Gemeentewet art. 87–89, since 1 April 2023): imposed by an organ on stated grounds, shared only
 * with the bodies and people it names (secrecy_share), until it is lifted on a date or by a decision.
 * The glossary calls the whole scale `Confidentiality`; this is its strictest level, with its own record.
 */
@Entity({ name: 'secrecy' })
@Index('secrecy_organisation_idx', ['organisationId'])
@Check('secrecy_grounds_check', `length(trim(grounds)) > 0`)
export class SecrecyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'secrecy_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'secrecy_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'imposed_by_body_id', type: 'uuid' })
  imposedByBodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'imposed_by_body_id', foreignKeyConstraintName: 'secrecy_imposed_by_body_fkey' })
  imposedByBody?: BodyEntity;

  @Column({ name: 'imposed_by_person_id', type: 'uuid' })
  imposedByPersonId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'imposed_by_person_id', foreignKeyConstraintName: 'secrecy_imposed_by_person_fkey' })
  imposedByPerson?: PersonEntity;

  /** The stated grounds (Woo art. 5.1 interests), required by law */
  @Column({ type: 'text' })
  grounds: string;

  @Column({ name: 'imposed_on', type: 'date' })
  imposedOn: string;

  /** Secrecy ends at the start of this day; null while it holds */
  @Column({ name: 'lifted_on', type: 'date', nullable: true })
  liftedOn: string | null;

  /** The decision that lifted it, when lifted by decision */
  @Column({ name: 'lifted_by_decision_id', type: 'uuid', nullable: true })
  liftedByDecisionId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
