import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PersonEntity } from '../person/person.entity';
import { ProposalEntity } from '../proposal/proposal.entity';

/** A person follows a proposal to be told when it moves. */
@Entity({ name: 'proposal_follow' })
export class ProposalFollowEntity {
  @PrimaryColumn({ name: 'person_id', type: 'uuid', primaryKeyConstraintName: 'proposal_follow_pkey' })
  personId: string;

  @PrimaryColumn({ name: 'proposal_id', type: 'uuid', primaryKeyConstraintName: 'proposal_follow_pkey' })
  proposalId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'proposal_follow_person_fkey' })
  person?: PersonEntity;

  @ManyToOne(() => ProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id', foreignKeyConstraintName: 'proposal_follow_proposal_fkey' })
  proposal?: ProposalEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
