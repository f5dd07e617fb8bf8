import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddIdempotencyKeys1795410500000 implements MigrationInterface {
  name = 'AddIdempotencyKeys1795410500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "idempotency_key" ("person_id" uuid NOT NULL, "key" uuid NOT NULL, "mutation" character varying(64) NOT NULL, "result_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("person_id", "key"))',
    );
    await queryRunner.query(
      'ALTER TABLE "idempotency_key" ADD CONSTRAINT "idempotency_key_person_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "idempotency_key" DROP CONSTRAINT "idempotency_key_person_fkey"');
    await queryRunner.query('DROP TABLE "idempotency_key"');
  }
}
