import { UseGuards } from '@nestjs/common';
import { Args, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../authz/current-viewer.decorator';
import { SignedInGuard } from '../../authz/signed-in.guard';
import type { Viewer } from '../../authz/viewer';
import { Connection, type ConnectionShape } from '../../graphql/pagination';
import { AuditEntry } from './audit-entry.model';
import { AuditTrailService } from './audit-trail.service';
import { AuditEntriesArgs } from './dto/audit-entries.args';

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry, 'AuditEntryConnection') {}

/** Read-only: the trail is append-only and written by each mutation's own transaction. */
@Resolver(() => AuditEntry)
@UseGuards(SignedInGuard)
export class AuditResolver {
  constructor(private readonly auditTrail: AuditTrailService) {}

  @Query(() => AuditEntryConnection, {
    description:
      "A record's audit trail, newest first: the entries of organisations you administer or direct, and your own",
  })
  auditEntries(
    @CurrentViewer() viewer: Viewer,
    @Args() args: AuditEntriesArgs,
  ): Promise<ConnectionShape<AuditEntry>> {
    return this.auditTrail.list(viewer, args);
  }
}
