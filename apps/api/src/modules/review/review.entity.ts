import { ReviewVisibility } from '@bestuurskracht/shared/domain';
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
import { oneOf } from '../../database/sql';
import { BodyEntity } from '../body/body.entity';
import { AgendaItemEntity } from '../meeting/agenda-item.entity';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PersonEntity } from '../person/person.entity';

/**
 * review / aandachtspunt: a gemeentesecretaris' note on an agenda item. OWN_MUNICIPALITY notes are seen only by
 * people acting for `municipalityId`; SHARED notes by the directors' meeting.
 */
@Entity({ name: 'review' })
@Index('review_agenda_item_idx', ['agendaItemId'])
@Index('review_municipality_idx', ['municipalityId'])
@Index('review_organisation_idx', ['organisationId'])
@Check('review_visibility_check', oneOf('visibility', ReviewVisibility))
@Check('review_text_check', 'length(trim(text)) > 0')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'review_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'review_organisation_fkey' })
  organisation?: OrganisationEntity;

  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'review_agenda_item_fkey' })
  agendaItem?: AgendaItemEntity;

  /** The body of the reviewed item (the DB), repeated for the visibility predicate */
  @Column({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'review_body_fkey' })
  body?: BodyEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'review_author_fkey' })
  author?: PersonEntity;

  /** The gemeente the author acts for */
  @Column({ name: 'municipality_id', type: 'uuid' })
  municipalityId: string;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'review_municipality_fkey' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 32 })
  visibility: ReviewVisibility;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
