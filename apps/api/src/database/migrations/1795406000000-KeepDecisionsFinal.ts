import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Final records (Archiefwet): a recorded decision is never changed or deleted — a correction is a new row — except
 * that it joins a draft besluitenlijst once and is published once. An adopted besluitenlijst changes only by being
 * published; a published one not at all; only a draft may be deleted. The services refuse the same with CONFLICT;
 * these triggers make it hold for every writer.
 */
export class KeepDecisionsFinal1795406000000 implements MigrationInterface {
  name = 'KeepDecisionsFinal1795406000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION decision_keep_final() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'decision % is a final record and cannot be deleted', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF (to_jsonb(NEW) - 'decision_list_id' - 'published_at' - 'search_vector')
             IS DISTINCT FROM (to_jsonb(OLD) - 'decision_list_id' - 'published_at' - 'search_vector')
           OR (OLD.decision_list_id IS NOT NULL AND NEW.decision_list_id IS DISTINCT FROM OLD.decision_list_id)
           OR (OLD.published_at IS NOT NULL AND NEW.published_at IS DISTINCT FROM OLD.published_at)
           OR (NEW.decision_list_id IS DISTINCT FROM OLD.decision_list_id
               AND EXISTS (SELECT 1 FROM decision_list WHERE id = NEW.decision_list_id AND status <> 'DRAFT')) THEN
          RAISE EXCEPTION 'decision % is a final record; record a correction instead', OLD.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER decision_keep_final BEFORE UPDATE OR DELETE ON decision
      FOR EACH ROW EXECUTE FUNCTION decision_keep_final()`);
    await queryRunner.query(`CREATE FUNCTION decision_list_keep_final() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'DRAFT' THEN
            RAISE EXCEPTION 'besluitenlijst % is % and cannot be deleted', OLD.id, OLD.status
              USING ERRCODE = 'integrity_constraint_violation';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status = 'PUBLISHED'
           OR (OLD.status = 'ADOPTED'
               AND (NEW.status <> 'PUBLISHED'
                    OR (to_jsonb(NEW) - 'status' - 'published_at') IS DISTINCT FROM (to_jsonb(OLD) - 'status' - 'published_at'))) THEN
          RAISE EXCEPTION 'besluitenlijst % is % and final', OLD.id, OLD.status
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER decision_list_keep_final BEFORE UPDATE OR DELETE ON decision_list
      FOR EACH ROW EXECUTE FUNCTION decision_list_keep_final()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER decision_list_keep_final ON decision_list');
    await queryRunner.query('DROP FUNCTION decision_list_keep_final()');
    await queryRunner.query('DROP TRIGGER decision_keep_final ON decision');
    await queryRunner.query('DROP FUNCTION decision_keep_final()');
  }
}
