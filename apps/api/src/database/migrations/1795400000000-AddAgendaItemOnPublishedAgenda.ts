import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An openbaar agenda item is public once its meeting's agenda is published (domain.md, "Who sees what"). The rules
 * read only the item's own columns, so the item carries that fact, kept in step with its meeting by triggers.
 */
export class AddAgendaItemOnPublishedAgenda1795400000000 implements MigrationInterface {
  name = 'AddAgendaItemOnPublishedAgenda1795400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "agenda_item" ADD "on_published_agenda" boolean NOT NULL DEFAULT false',
    );
    await queryRunner.query(`CREATE FUNCTION meeting_agenda_is_public(target uuid) RETURNS boolean
      LANGUAGE sql STABLE AS $$
        SELECT COALESCE((SELECT confidentiality = 'PUBLIC' AND agenda_published_at IS NOT NULL
                           FROM meeting WHERE id = target), false)
      $$`);
    await queryRunner.query(`CREATE FUNCTION agenda_item_on_published_agenda() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        NEW.on_published_agenda := meeting_agenda_is_public(NEW.meeting_id);
        RETURN NEW;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER agenda_item_on_published_agenda
      BEFORE INSERT OR UPDATE OF meeting_id, on_published_agenda ON agenda_item
      FOR EACH ROW EXECUTE FUNCTION agenda_item_on_published_agenda()`);
    await queryRunner.query(`CREATE FUNCTION meeting_publishes_agenda_items() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE agenda_item SET on_published_agenda = meeting_agenda_is_public(NEW.id)
         WHERE meeting_id = NEW.id AND on_published_agenda IS DISTINCT FROM meeting_agenda_is_public(NEW.id);
        RETURN NULL;
      END
      $$`);
    await queryRunner.query(`CREATE TRIGGER meeting_publishes_agenda_items
      AFTER UPDATE OF confidentiality, agenda_published_at ON meeting
      FOR EACH ROW EXECUTE FUNCTION meeting_publishes_agenda_items()`);
    await queryRunner.query(
      `UPDATE agenda_item SET on_published_agenda = meeting_agenda_is_public(meeting_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER meeting_publishes_agenda_items ON meeting');
    await queryRunner.query('DROP FUNCTION meeting_publishes_agenda_items()');
    await queryRunner.query('DROP TRIGGER agenda_item_on_published_agenda ON agenda_item');
    await queryRunner.query('DROP FUNCTION agenda_item_on_published_agenda()');
    await queryRunner.query('DROP FUNCTION meeting_agenda_is_public(uuid)');
    await queryRunner.query('ALTER TABLE "agenda_item" DROP COLUMN "on_published_agenda"');
  }
}
