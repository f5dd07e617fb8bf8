import { SUBJECT_NAMES } from '@bestuurskracht/shared/authz';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../../authz/viewer';
import { paginate, type ConnectionShape } from '../../graphql/pagination';
import { AuditEntryEntity } from './audit-entry.entity';
import type { AuditEntry } from './audit-entry.model';
import type { AuditEntriesArgs } from './dto/audit-entries.args';

/**
 * Reads the trail: a record's entries the viewer may see (their organisation's, or their own actions), and of
 * another person's actions only when the viewer may read the record itself, since an entry names what changed.
 */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(viewer: Viewer, args: AuditEntriesArgs): Promise<ConnectionShape<AuditEntry>> {
    const visible = viewer.where('AuditEntry', 'entry');
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .where('entry.subject_type = :subjectType AND entry.subject_id = :subjectId', {
        subjectType: args.subjectType,
        subjectId: args.subjectId,
      })
      .andWhere(visible.sql, visible.params);
    if (!(await this.recordReadable(viewer, args))) {
      query.andWhere('entry.actor_id = :actorId', { actorId: viewer.requirePersonId() });
    }
    // The identity id grows as entries are appended: newest first without timestamp precision worries
    return paginate(query, args, { keys: [], idColumn: 'entry.id', direction: 'DESC' }, toAuditEntry);
  }

  /** False for a record that is gone, refused, or of a kind the rules do not name (e.g. an AdviceReservation). */
  private async recordReadable(
    viewer: Viewer,
    { subjectType, subjectId }: AuditEntriesArgs,
  ): Promise<boolean> {
    const subject = SUBJECT_NAMES.find((name) => name === subjectType);
    return (
      subject !== undefined &&
      (await viewer.findVisible(this.dataSource.manager, subject, subjectId)) !== null
    );
  }
}

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
