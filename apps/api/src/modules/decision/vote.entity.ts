import { VoteChoice } from '@bestuurskracht/shared/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../database/sql';
import { MunicipalityEntity } from '../organisation/municipality.entity';
import { PersonEntity } from '../person/person.entity';
import { DecisionEntity } from './decision.entity';

/** One member's vote on a decision, on behalf of their gemeente. */
@Entity({ name: 'vote' })
@Index('vote_decision_person_key', ['decisionId', 'personId'], { unique: true })
@Check('vote_choice_check', oneOf('choice', VoteChoice))
export class VoteEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'vote_pkey' })
  id: string;

  @Column({ name: 'decision_id', type: 'uuid' })
  decisionId: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'vote_decision_fkey' })
  decision?: DecisionEntity;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'vote_person_fkey' })
  person?: PersonEntity;

  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @ManyToOne(() => MunicipalityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'municipality_id', foreignKeyConstraintName: 'vote_municipality_fkey' })
  municipality?: MunicipalityEntity;

  @Column({ type: 'varchar', length: 16 })
  choice: VoteChoice;
}
