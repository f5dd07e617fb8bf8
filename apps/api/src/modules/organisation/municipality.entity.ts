import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity({ name: 'municipality' })
@Index('municipality_cbs_code_key', ['cbsCode'], { unique: true })
@Check('municipality_cbs_code_check', `cbs_code ~ '^GM[0-9]{4}$'`)
@Check('municipality_inhabitants_check', 'inhabitants >= 0')
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'municipality_pkey' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'cbs_code', type: 'char', length: 6 })
  cbsCode: string;

  @Column({ type: 'integer' })
  inhabitants: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
