import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface AuditFact {
  organisationId: string | null;
  /** The acting person; null for the system */
  actorId: string | null;
  /** The mutation's name, e.g. createMunicipality */
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

/** Appends to the audit trail inside the caller's transaction, so a fact is recorded exactly when it happens. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, fact: AuditFact): Promise<void> {
    await manager.query(
      `INSERT INTO audit_entry (organisation_id, actor_id, action, subject_type, subject_id, details)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [fact.organisationId, fact.actorId, fact.action, fact.subjectType, fact.subjectId, fact.details ?? {}],
    );
  }
}
