import { ArgsType, Args, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { Connection, PageArgs, paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntry } from './audit-entry.model';

@ArgsType()
export class AuditEntriesArgs extends PageArgs {
  @Field({ description: 'e.g. Decision' })
  @IsString()
  @IsNotEmpty({ message: 'must not be empty' })
  @MaxLength(64)
  subjectType: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  subjectId: string;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntryConnection') {}

function toAuditEntry(entity: AuditEntryEntity): AuditEntry {
  return {
    id: entity.id,
    organisationId: entity.organisationId,
    actorId: entity.actorId,
    action: entity.action,
    subjectType: entity.subjectType,
    subjectId: entity.subjectId,
    details: JSON.stringify(entity.details),
    at: entity.at,
  };
}

/** Read-only: the trail is append-only and written by each mutation's own transaction. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Query(() => AuditEntryConnection, { description: "A record's audit trail, newest first" })
  auditEntries(@Args() args: AuditEntriesArgs): Promise<ConnectionShape<AuditEntry>> {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .where('entry.subject_type = :subjectType AND entry.subject_id = :subjectId', args);
    // The identity id grows as entries are appended: newest first without timestamp precision worries
    return paginate(query, args, { keys: [], idColumn: 'entry.id', direction: 'DESC' }, toAuditEntry);
  }
}
