import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisationStructure1795357588433 implements MigrationInterface {
  name = 'CreateOrganisationStructure1795357588433';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "cbs_code" character(6) NOT NULL, "inhabitants" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "municipality_inhabitants_check" CHECK (inhabitants >= 0), CONSTRAINT "municipality_cbs_code_check" CHECK (cbs_code ~ \'^GM[0-9]{4}$\'), CONSTRAINT "municipality_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "municipality_cbs_code_key" ON "municipality"  ("cbs_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "participation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, CONSTRAINT "participation_period_check" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "participation_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "participation_municipality_idx" ON "participation"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "participation_organisation_municipality_starts_key" ON "participation"  ("organisation_id", "municipality_id", "starts_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "kind" character varying(32) NOT NULL, "legal_form" character varying(32) NOT NULL, "established_on" date NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisation_legal_form_check" CHECK (legal_form IN (\'PUBLIC_BODY\', \'OPERATIONAL_ORGANISATION\', \'JOINT_BODY\', \'REGIONAL_TABLE\')), CONSTRAINT "organisation_kind_check" CHECK (kind IN (\'SHARED_SERVICE_MERGER\', \'OPERATIONAL_ORGANISATION\', \'PUBLIC_BODY\', \'REGIONAL_TABLE\')), CONSTRAINT "organisation_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "organisation_name_key" ON "organisation"  ("name") ');
    await queryRunner.query(
      'ALTER TABLE "participation" ADD CONSTRAINT "participation_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "participation" ADD CONSTRAINT "participation_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "participation" DROP CONSTRAINT "participation_municipality_fkey"');
    await queryRunner.query('ALTER TABLE "participation" DROP CONSTRAINT "participation_organisation_fkey"');
    await queryRunner.query('DROP INDEX "public"."organisation_name_key"');
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('DROP INDEX "public"."participation_organisation_municipality_starts_key"');
    await queryRunner.query('DROP INDEX "public"."participation_municipality_idx"');
    await queryRunner.query('DROP TABLE "participation"');
    await queryRunner.query('DROP INDEX "public"."municipality_cbs_code_key"');
    await queryRunner.query('DROP TABLE "municipality"');
  }
}
