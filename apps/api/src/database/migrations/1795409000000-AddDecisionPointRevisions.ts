import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddDecisionPointRevisions1795409000000 implements MigrationInterface {
  name = 'AddDecisionPointRevisions1795409000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "decision_point_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "number" integer NOT NULL, "points" text array NOT NULL, "reason" text, "created_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decision_point_revision_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "decision_point_revision_number_key" ON "decision_point_revision"  ("decision_id", "number") ',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_point_revision" ADD CONSTRAINT "decision_point_revision_decision_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_point_revision" ADD CONSTRAINT "decision_point_revision_created_by_fkey" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "decision_point_revision" DROP CONSTRAINT "decision_point_revision_created_by_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_point_revision" DROP CONSTRAINT "decision_point_revision_decision_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."decision_point_revision_number_key"');
    await queryRunner.query('DROP TABLE "decision_point_revision"');
  }
}
