import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddFollowsAndNotifications1795408000000 implements MigrationInterface {
  name = 'AddFollowsAndNotifications1795408000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "text" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notification_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "notification_person_created_idx" ON "notification"  ("person_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "proposal_follow" ("person_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_follow_pkey" PRIMARY KEY ("person_id", "proposal_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "notification_person_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification" ADD CONSTRAINT "notification_proposal_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_follow" ADD CONSTRAINT "proposal_follow_person_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_follow" ADD CONSTRAINT "proposal_follow_proposal_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "proposal_follow" DROP CONSTRAINT "proposal_follow_proposal_fkey"');
    await queryRunner.query('ALTER TABLE "proposal_follow" DROP CONSTRAINT "proposal_follow_person_fkey"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "notification_proposal_fkey"');
    await queryRunner.query('ALTER TABLE "notification" DROP CONSTRAINT "notification_person_fkey"');
    await queryRunner.query('DROP TABLE "proposal_follow"');
    await queryRunner.query('DROP INDEX "public"."notification_person_created_idx"');
    await queryRunner.query('DROP TABLE "notification"');
  }
}
