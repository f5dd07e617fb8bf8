import { PublicationKind } from '@bestuurskracht/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/sql';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PersonEntity } from '../person/person.entity';

/**
 * openbaarmaking (Woo): what was published, when and by whom, against the legal deadline (agenda: when the meeting
 * starts; besluitenlijst: two weeks after adoption).
 */
@Entity({ name: 'publication' })
@Index('publication_subject_key', ['kind', 'subjectId'], { unique: true })
@Index('publication_organisation_published_idx', ['organisationId', 'publishedAt'])
@Check('publication_kind_check', oneOf('kind', PublicationKind))
export class PublicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'publication_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'publication_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: PublicationKind;

  /** The meeting (AGENDA), decision list (DECISION_LIST) or decision (DECISION) published */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'published_by_id', type: 'uuid' })
  publishedById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by_id', foreignKeyConstraintName: 'publication_published_by_fkey' })
  publishedBy?: PersonEntity;
}
