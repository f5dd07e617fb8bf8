import { AdviceOutcome, AdviceStatus, Confidentiality } from '@bestuurskracht/shared/domain';
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
import { OrganisationEntity } from '../organisation/organisation.entity';
import { PersonEntity } from '../person/person.entity';
import { ProposalEntity } from '../proposal/proposal.entity';

/** advies van de commissie: a committee's advice on a proposal; members draft it, the chair adopts it. */
@Entity({ name: 'advice' })
@Index('advice_agenda_item_key', ['agendaItemId'], { unique: true })
@Index('advice_proposal_idx', ['proposalId'])
@Index('advice_organisation_idx', ['organisationId'])
@Check('advice_outcome_check', oneOf('outcome', AdviceOutcome))
@Check('advice_status_check', oneOf('status', AdviceStatus))
@Check('advice_confidentiality_check', oneOf('confidentiality', Confidentiality))
@Check(
  'advice_adopted_check',
  `(status = 'ADOPTED') = (adopted_at IS NOT NULL AND adopted_by_id IS NOT NULL)`,
)
export class AdviceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'advice_pkey' })
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'advice_organisation_fkey' })
  organisation?: OrganisationEntity;

  /** The committee that advises */
  @Column({ name: 'body_id', type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => BodyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'body_id', foreignKeyConstraintName: 'advice_body_fkey' })
  body?: BodyEntity;

  @Column({ name: 'proposal_id', type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => ProposalEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'advice_proposal_fkey' })
  proposal?: ProposalEntity;

  /** The committee agenda item (ter advisering) where the advice was given */
  @Column({ name: 'agenda_item_id', type: 'uuid' })
  agendaItemId: string;

  @ManyToOne(() => AgendaItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agenda_item_id', foreignKeyConstraintName: 'advice_agenda_item_fkey' })
  agendaItem?: AgendaItemEntity;

  @Column({ type: 'varchar', length: 32 })
  outcome: AdviceOutcome;

  @Column({ type: 'text' })
  reasoning: string;

  @Column({ type: 'varchar', length: 16 })
  status: AdviceStatus;

  @Column({ type: 'varchar', length: 16 })
  confidentiality: Confidentiality;

  @Column({ name: 'drafted_by_id', type: 'uuid' })
  draftedById: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'drafted_by_id', foreignKeyConstraintName: 'advice_drafted_by_fkey' })
  draftedBy?: PersonEntity;

  @Column({ name: 'adopted_by_id', type: 'uuid', nullable: true })
  adoptedById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adopted_by_id', foreignKeyConstraintName: 'advice_adopted_by_fkey' })
  adoptedBy?: PersonEntity;

  @Column({ name: 'adopted_at', type: 'timestamptz', nullable: true })
  adoptedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
