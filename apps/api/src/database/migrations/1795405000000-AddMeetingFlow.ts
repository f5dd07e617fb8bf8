import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddMeetingFlow1795405000000 implements MigrationInterface {
  name = 'AddMeetingFlow1795405000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "meeting" ADD "agenda_sent_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "meeting" ADD "directors_reviewed_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "meeting" ADD "cancellation_reason" text');
    await queryRunner.query('ALTER TABLE "task" ADD "meeting_id" uuid');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "task_agenda_publication_key" ON "task"  ("meeting_id", "municipality_id") WHERE origin = \'AGENDA_PUBLICATION\'',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "task_meeting_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_meeting_fkey"');
    await queryRunner.query('DROP INDEX "public"."task_agenda_publication_key"');
    await queryRunner.query('ALTER TABLE "task" DROP COLUMN "meeting_id"');
    await queryRunner.query('ALTER TABLE "meeting" DROP COLUMN "cancellation_reason"');
    await queryRunner.query('ALTER TABLE "meeting" DROP COLUMN "directors_reviewed_at"');
    await queryRunner.query('ALTER TABLE "meeting" DROP COLUMN "agenda_sent_at"');
  }
}
