import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { BodyEntity } from '../body/body.entity';
import { PersonEntity } from '../person/person.entity';
import { SecrecyEntity } from './secrecy.entity';

/** A body or person with whom a secret is shared. */
@Entity({ name: 'secrecy_share' })
@Index('secrecy_share_secrecy_idx', ['secrecyId'])
@Index('secrecy_share_person_idx', ['personId'])
@Index('secrecy_share_body_idx', ['bodyId'])
@Check('secrecy_share_target_check', '(body_id IS NULL) <> (person_id IS NULL)')
export class SecrecyShareEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'secrecy_share_pkey' })
  id: string;

  @Column({ name: 'secrecy_id', type: 'uuid' })
  secrecyId: string;

  @ManyToOne(() => SecrecyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'secrecy_id', foreignKeyConstraintName: 'secrecy_share_secrecy_fkey' })
  secrecy?: SecrecyEntity;

  @Column({ name: 'body_id', type: 'uuid', nullable: true })
  bodyId: string | null;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'secrecy_share_body_fkey' })
  body?: BodyEntity;

  @Column({ name: 'person_id', type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'secrecy_share_person_fkey' })
  person?: PersonEntity;
}
