import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddSessionsAndVisibilityColumns1795372668237 implements MigrationInterface {
  name = 'AddSessionsAndVisibilityColumns1795372668237';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "login_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email_key" text NOT NULL, "address" text NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "login_attempt_address_idx" ON "login_attempt"  ("address", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "login_attempt_email_idx" ON "login_attempt"  ("email_key", "attempted_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "method" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "session_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "session_person_idx" ON "session"  ("person_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "session_token_hash_key" ON "session"  ("token_hash") ');
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD "agenda_body_ids" uuid array NOT NULL DEFAULT \'{}\'',
    );
    await queryRunner.query('ALTER TABLE "document" ADD "body_id" uuid');
    await queryRunner.query('ALTER TABLE "document" ADD "proposal_id" uuid');
    await queryRunner.query('CREATE INDEX "document_proposal_idx" ON "document"  ("proposal_id") ');
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "session_person_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "document_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "document_proposal_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // Written by hand: keep proposal.agenda_body_ids in step with the agenda items that carry the proposal.
    await queryRunner.query(`CREATE FUNCTION proposal_agenda_bodies_refresh(target uuid) RETURNS void
      LANGUAGE sql AS $$
        UPDATE proposal SET agenda_body_ids = COALESCE(
          (SELECT array_agg(DISTINCT item.body_id ORDER BY item.body_id) FROM agenda_item item
            WHERE item.proposal_id = target), '{}')
         WHERE id = target
      $$`);
    await queryRunner.query(`CREATE FUNCTION agenda_item_proposal_bodies() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.proposal_id IS NOT NULL THEN
          PERFORM proposal_agenda_bodies_refresh(OLD.proposal_id);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.proposal_id IS NOT NULL THEN
          PERFORM proposal_agenda_bodies_refresh(NEW.proposal_id);
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER agenda_item_proposal_bodies
      AFTER INSERT OR DELETE OR UPDATE OF proposal_id, body_id ON agenda_item
      FOR EACH ROW EXECUTE FUNCTION agenda_item_proposal_bodies()`);
    await queryRunner.query(
      'SELECT proposal_agenda_bodies_refresh(id) FROM proposal WHERE id IN (SELECT proposal_id FROM agenda_item)',
    );
    await queryRunner.query(
      'CREATE INDEX "proposal_agenda_body_ids_idx" ON "proposal" USING gin ("agenda_body_ids")',
    );
    await queryRunner.query(`UPDATE document SET body_id = item.body_id, proposal_id = item.proposal_id
      FROM agenda_item item WHERE item.id = document.agenda_item_id`);
    await queryRunner.query(`UPDATE document SET body_id = decision.body_id, proposal_id = item.proposal_id
      FROM decision JOIN agenda_item item ON item.id = decision.agenda_item_id
      WHERE decision.id = document.decision_id`);
    await queryRunner.query(`UPDATE document SET proposal_id = version.proposal_id
      FROM proposal_version version WHERE version.id = document.proposal_version_id`);
    await queryRunner.query(`UPDATE document SET body_id = procedure.body_id, proposal_id = procedure.proposal_id
      FROM council_view view JOIN council_view_procedure procedure ON procedure.id = view.procedure_id
      WHERE view.id = document.council_view_id`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."proposal_agenda_body_ids_idx"');
    await queryRunner.query('DROP TRIGGER agenda_item_proposal_bodies ON agenda_item');
    await queryRunner.query('DROP FUNCTION agenda_item_proposal_bodies()');
    await queryRunner.query('DROP FUNCTION proposal_agenda_bodies_refresh(uuid)');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "document_proposal_fkey"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "document_body_fkey"');
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "session_person_fkey"');
    await queryRunner.query('DROP INDEX "public"."document_proposal_idx"');
    await queryRunner.query('ALTER TABLE "document" DROP COLUMN "proposal_id"');
    await queryRunner.query('ALTER TABLE "document" DROP COLUMN "body_id"');
    await queryRunner.query('ALTER TABLE "proposal" DROP COLUMN "agenda_body_ids"');
    await queryRunner.query('DROP INDEX "public"."session_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."session_person_idx"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."login_attempt_email_idx"');
    await queryRunner.query('DROP INDEX "public"."login_attempt_address_idx"');
    await queryRunner.query('DROP TABLE "login_attempt"');
  }
}
