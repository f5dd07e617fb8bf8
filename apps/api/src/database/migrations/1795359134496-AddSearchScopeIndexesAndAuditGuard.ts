import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What TypeORM cannot declare: GIN indexes for Dutch full-text search and for gemeente-scope arrays, a
 * case-insensitive unique e-mail, and the append-only guard on the audit trail.
 */
export class AddSearchScopeIndexesAndAuditGuard1795359134496 implements MigrationInterface {
  name = 'AddSearchScopeIndexesAndAuditGuard1795359134496';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['proposal', 'proposal_version', 'decision', 'document']) {
      await queryRunner.query(`CREATE INDEX "${table}_search_idx" ON "${table}" USING GIN ("search_vector")`);
    }
    for (const table of ['agenda_item', 'proposal', 'decision']) {
      await queryRunner.query(
        `CREATE INDEX "${table}_municipality_scope_idx" ON "${table}" USING GIN ("municipality_scope")`,
      );
    }
    await queryRunner.query('CREATE UNIQUE INDEX "person_email_key" ON "person" (lower("email"))');
    await queryRunner.query(`
      CREATE FUNCTION audit_entry_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit trail is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "audit_entry"
      FOR EACH ROW EXECUTE FUNCTION audit_entry_reject_change()`);
    await queryRunner.query(`
      CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON "audit_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_reject_change()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "audit_entry_no_truncate" ON "audit_entry"');
    await queryRunner.query('DROP TRIGGER "audit_entry_append_only" ON "audit_entry"');
    await queryRunner.query('DROP FUNCTION audit_entry_reject_change()');
    await queryRunner.query('DROP INDEX "person_email_key"');
    for (const table of ['agenda_item', 'proposal', 'decision']) {
      await queryRunner.query(`DROP INDEX "${table}_municipality_scope_idx"`);
    }
    for (const table of ['proposal', 'proposal_version', 'decision', 'document']) {
      await queryRunner.query(`DROP INDEX "${table}_search_idx"`);
    }
  }
}
