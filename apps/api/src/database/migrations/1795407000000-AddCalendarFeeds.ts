import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddCalendarFeeds1795407000000 implements MigrationInterface {
  name = 'AddCalendarFeeds1795407000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "calendar_feed" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "body_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "calendar_feed_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "calendar_feed_person_body_idx" ON "calendar_feed"  ("person_id", "body_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "calendar_feed_token_hash_key" ON "calendar_feed"  ("token_hash") ',
    );
    await queryRunner.query('ALTER TABLE "meeting" ADD "sequence" integer NOT NULL DEFAULT \'0\'');
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_person_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feed" ADD CONSTRAINT "calendar_feed_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Written by hand: the iCal SEQUENCE follows every change of the meeting and of its agenda.
    await queryRunner.query(`CREATE FUNCTION meeting_next_sequence() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.sequence := OLD.sequence + 1;
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER meeting_next_sequence BEFORE UPDATE ON meeting
      FOR EACH ROW EXECUTE FUNCTION meeting_next_sequence()`);
    await queryRunner.query(`CREATE FUNCTION agenda_item_touches_meeting() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE meeting SET sequence = sequence WHERE id = OLD.meeting_id;
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.meeting_id IS DISTINCT FROM OLD.meeting_id) THEN
          UPDATE meeting SET sequence = sequence WHERE id = NEW.meeting_id;
        END IF;
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER agenda_item_touches_meeting
      AFTER INSERT OR DELETE OR UPDATE OF meeting_id, position, title, description, purpose, handling,
        confidentiality, municipality_scope ON agenda_item
      FOR EACH ROW EXECUTE FUNCTION agenda_item_touches_meeting()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER agenda_item_touches_meeting ON agenda_item');
    await queryRunner.query('DROP FUNCTION agenda_item_touches_meeting()');
    await queryRunner.query('DROP TRIGGER meeting_next_sequence ON meeting');
    await queryRunner.query('DROP FUNCTION meeting_next_sequence()');
    await queryRunner.query('ALTER TABLE "calendar_feed" DROP CONSTRAINT "calendar_feed_body_fkey"');
    await queryRunner.query('ALTER TABLE "calendar_feed" DROP CONSTRAINT "calendar_feed_person_fkey"');
    await queryRunner.query('ALTER TABLE "meeting" DROP COLUMN "sequence"');
    await queryRunner.query('DROP INDEX "public"."calendar_feed_token_hash_key"');
    await queryRunner.query('DROP INDEX "public"."calendar_feed_person_body_idx"');
    await queryRunner.query('DROP TABLE "calendar_feed"');
  }
}
