import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateDomainModel1795359124090 implements MigrationInterface {
  name = 'CreateDomainModel1795359124090';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "municipality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "cbs_code" character(6) NOT NULL, "inhabitants" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "municipality_inhabitants_check" CHECK (inhabitants >= 0), CONSTRAINT "municipality_cbs_code_check" CHECK (cbs_code ~ \'^GM[0-9]{4}$\'), CONSTRAINT "municipality_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "municipality_cbs_code_key" ON "municipality"  ("cbs_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "email" text NOT NULL, "password_hash" text, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "person_pkey" PRIMARY KEY ("id"))',
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
      'CREATE TABLE "portfolio" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "name" text NOT NULL, CONSTRAINT "portfolio_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "portfolio_organisation_code_key" ON "portfolio"  ("organisation_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "body" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "name" text NOT NULL, "portfolio_id" uuid, "municipality_id" uuid, "advises_body_id" uuid, "votes" boolean NOT NULL DEFAULT false, "quorum" integer, CONSTRAINT "body_quorum_check" CHECK (quorum IS NULL OR quorum >= 1), CONSTRAINT "body_kind_check" CHECK (kind IN (\'GENERAL_BOARD\', \'EXECUTIVE_BOARD\', \'COMMITTEE\', \'DIRECTORS_MEETING\', \'PORTFOLIO_MEETING\', \'MUNICIPAL_EXECUTIVE\', \'COUNCIL\', \'BOARD\', \'TABLE\', \'CORE_GROUP\')), CONSTRAINT "body_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "body_portfolio_idx" ON "body"  ("portfolio_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "body_organisation_name_key" ON "body"  ("organisation_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "secrecy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "imposed_by_body_id" uuid NOT NULL, "imposed_by_person_id" uuid NOT NULL, "grounds" text NOT NULL, "imposed_on" date NOT NULL, "lifted_on" date, "lifted_by_decision_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "secrecy_grounds_check" CHECK (length(trim(grounds)) > 0), CONSTRAINT "secrecy_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "secrecy_organisation_idx" ON "secrecy"  ("organisation_id") ');
    await queryRunner.query(
      'CREATE TABLE "service_area" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "name" text NOT NULL, "portfolio_id" uuid, CONSTRAINT "service_area_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "service_area_organisation_code_key" ON "service_area"  ("organisation_id", "code") ',
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)',
      [
        'public',
        'proposal',
        'GENERATED_COLUMN',
        'search_vector',
        "to_tsvector('dutch'::regconfig, coalesce(title, '') || ' ' || coalesce(summary, ''))",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "portfolio_id" uuid NOT NULL, "service_area_id" uuid, "author_id" uuid NOT NULL, "title" text NOT NULL, "summary" text, "state" character varying(32) NOT NULL, "current_version" integer NOT NULL DEFAULT \'1\', "municipality_scope" uuid array NOT NULL DEFAULT \'{}\', "confidentiality" character varying(16) NOT NULL, "secrecy_id" uuid, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector(\'dutch\'::regconfig, coalesce(title, \'\') || \' \' || coalesce(summary, \'\'))) STORED NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_secrecy_check" CHECK (confidentiality <> \'SECRET\' OR secrecy_id IS NOT NULL), CONSTRAINT "proposal_confidentiality_check" CHECK (confidentiality IN (\'PUBLIC\', \'CONFIDENTIAL\', \'SECRET\')), CONSTRAINT "proposal_state_check" CHECK (state IN (\'CONCEPT\', \'IN_COMMITTEE\', \'ADVISED\', \'REVIEWED_BY_DIRECTORS\', \'ON_AGENDA\', \'DECIDED\', \'PUBLISHED\', \'WITHDRAWN\')), CONSTRAINT "proposal_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "proposal_author_idx" ON "proposal"  ("author_id") ');
    await queryRunner.query('CREATE INDEX "proposal_portfolio_idx" ON "proposal"  ("portfolio_id") ');
    await queryRunner.query(
      'CREATE INDEX "proposal_organisation_state_idx" ON "proposal"  ("organisation_id", "state") ',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "title" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "location" text, "status" character varying(16) NOT NULL, "confidentiality" character varying(16) NOT NULL, "secrecy_id" uuid, "agenda_published_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "meeting_period_check" CHECK (ends_at IS NULL OR ends_at > starts_at), CONSTRAINT "meeting_secrecy_check" CHECK (confidentiality <> \'SECRET\' OR secrecy_id IS NOT NULL), CONSTRAINT "meeting_confidentiality_check" CHECK (confidentiality IN (\'PUBLIC\', \'CONFIDENTIAL\', \'SECRET\')), CONSTRAINT "meeting_status_check" CHECK (status IN (\'PLANNED\', \'AGENDA_SENT\', \'PUBLISHED\', \'CLOSED\', \'CANCELLED\')), CONSTRAINT "meeting_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "meeting_organisation_starts_idx" ON "meeting"  ("organisation_id", "starts_at") ',
    );
    await queryRunner.query('CREATE INDEX "meeting_body_starts_idx" ON "meeting"  ("body_id", "starts_at") ');
    await queryRunner.query(
      'CREATE TABLE "agenda_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "body_id" uuid NOT NULL, "position" integer NOT NULL, "title" text NOT NULL, "description" text, "purpose" character varying(16) NOT NULL, "handling" character varying(16) NOT NULL, "proposal_id" uuid, "source_agenda_item_id" uuid, "service_area_id" uuid, "municipality_scope" uuid array NOT NULL DEFAULT \'{}\', "confidentiality" character varying(16) NOT NULL, "secrecy_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "agenda_item_meeting_position_key" UNIQUE ("meeting_id", "position") DEFERRABLE INITIALLY DEFERRED, CONSTRAINT "agenda_item_position_check" CHECK (position >= 1), CONSTRAINT "agenda_item_secrecy_check" CHECK (confidentiality <> \'SECRET\' OR secrecy_id IS NOT NULL), CONSTRAINT "agenda_item_confidentiality_check" CHECK (confidentiality IN (\'PUBLIC\', \'CONFIDENTIAL\', \'SECRET\')), CONSTRAINT "agenda_item_handling_check" CHECK (handling IN (\'CONSENT\', \'DEBATE\')), CONSTRAINT "agenda_item_purpose_check" CHECK (purpose IN (\'DECISION\', \'ADVICE\', \'DISCUSSION\', \'INFORMATION\')), CONSTRAINT "agenda_item_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "agenda_item_source_idx" ON "agenda_item"  ("source_agenda_item_id") ',
    );
    await queryRunner.query('CREATE INDEX "agenda_item_proposal_idx" ON "agenda_item"  ("proposal_id") ');
    await queryRunner.query('CREATE INDEX "agenda_item_body_idx" ON "agenda_item"  ("body_id") ');
    await queryRunner.query(
      'CREATE INDEX "agenda_item_organisation_idx" ON "agenda_item"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "advice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "outcome" character varying(32) NOT NULL, "reasoning" text NOT NULL, "status" character varying(16) NOT NULL, "confidentiality" character varying(16) NOT NULL, "drafted_by_id" uuid NOT NULL, "adopted_by_id" uuid, "adopted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "advice_adopted_check" CHECK ((status = \'ADOPTED\') = (adopted_at IS NOT NULL AND adopted_by_id IS NOT NULL)), CONSTRAINT "advice_confidentiality_check" CHECK (confidentiality IN (\'PUBLIC\', \'CONFIDENTIAL\', \'SECRET\')), CONSTRAINT "advice_status_check" CHECK (status IN (\'DRAFT\', \'ADOPTED\')), CONSTRAINT "advice_outcome_check" CHECK (outcome IN (\'POSITIVE\', \'POSITIVE_WITH_CHANGES\', \'NEGATIVE\', \'NO_ADVICE\')), CONSTRAINT "advice_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "advice_organisation_idx" ON "advice"  ("organisation_id") ');
    await queryRunner.query('CREATE INDEX "advice_proposal_idx" ON "advice"  ("proposal_id") ');
    await queryRunner.query('CREATE UNIQUE INDEX "advice_agenda_item_key" ON "advice"  ("agenda_item_id") ');
    await queryRunner.query(
      'CREATE TABLE "advice_reservation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "advice_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "text" text NOT NULL, "recorded_by_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "advice_reservation_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "advice_reservation_advice_municipality_key" ON "advice_reservation"  ("advice_id", "municipality_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" bigint GENERATED BY DEFAULT AS IDENTITY NOT NULL, "organisation_id" uuid, "actor_id" uuid, "action" character varying(64) NOT NULL, "subject_type" character varying(64) NOT NULL, "subject_id" uuid NOT NULL, "details" jsonb NOT NULL DEFAULT \'{}\', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_entry_organisation_at_idx" ON "audit_entry"  ("organisation_id", "at") ',
    );
    await queryRunner.query('CREATE INDEX "audit_entry_actor_idx" ON "audit_entry"  ("actor_id", "at") ');
    await queryRunner.query(
      'CREATE INDEX "audit_entry_subject_idx" ON "audit_entry"  ("subject_type", "subject_id") ',
    );
    await queryRunner.query(
      "CREATE TABLE \"membership\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"person_id\" uuid NOT NULL, \"organisation_id\" uuid NOT NULL, \"body_id\" uuid, \"portfolio_id\" uuid, \"role\" character varying(32) NOT NULL, \"municipality_id\" uuid, \"starts_on\" date NOT NULL, \"ends_on\" date, CONSTRAINT \"membership_target_check\" CHECK ((role IN ('ADMINISTRATOR', 'DIRECTOR') AND body_id IS NULL AND portfolio_id IS NULL)\n   OR (role = 'STAFF' AND body_id IS NULL AND portfolio_id IS NOT NULL)\n   OR (role NOT IN ('ADMINISTRATOR', 'DIRECTOR', 'STAFF') AND body_id IS NOT NULL)), CONSTRAINT \"membership_period_check\" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT \"membership_role_check\" CHECK (role IN ('CHAIR', 'VICE_CHAIR', 'MEMBER', 'AGENDA_MEMBER', 'SECRETARY', 'ADVISOR', 'OBSERVER', 'ADMINISTRATOR', 'DIRECTOR', 'STAFF')), CONSTRAINT \"membership_pkey\" PRIMARY KEY (\"id\"))",
    );
    await queryRunner.query(
      'CREATE INDEX "membership_organisation_idx" ON "membership"  ("organisation_id") ',
    );
    await queryRunner.query('CREATE INDEX "membership_body_idx" ON "membership"  ("body_id") ');
    await queryRunner.query('CREATE INDEX "membership_person_idx" ON "membership"  ("person_id") ');
    await queryRunner.query(
      'CREATE TABLE "council_view_procedure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "proposal_id" uuid, "subject" character varying(32) NOT NULL, "title" text NOT NULL, "sent_on" date NOT NULL, "deadline_on" date NOT NULL, "status" character varying(16) NOT NULL, "reaction" text, "reacted_on" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "council_view_procedure_deadline_check" CHECK (deadline_on >= sent_on), CONSTRAINT "council_view_procedure_status_check" CHECK (status IN (\'OPEN\', \'CLOSED\')), CONSTRAINT "council_view_procedure_subject_check" CHECK (subject IN (\'FRAMEWORK_MEMO\', \'DRAFT_BUDGET\', \'BUDGET_AMENDMENT\', \'ANNUAL_ACCOUNTS\', \'ARRANGEMENT_CHANGE\')), CONSTRAINT "council_view_procedure_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "council_view_procedure_organisation_deadline_idx" ON "council_view_procedure"  ("organisation_id", "deadline_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "council_view" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "procedure_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "submitted_on" date, "summary" text, CONSTRAINT "council_view_submitted_check" CHECK ((status = \'AWAITED\') = (submitted_on IS NULL)), CONSTRAINT "council_view_status_check" CHECK (status IN (\'AWAITED\', \'SUBMITTED\', \'NO_VIEW\')), CONSTRAINT "council_view_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "council_view_municipality_idx" ON "council_view"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "council_view_procedure_municipality_key" ON "council_view"  ("procedure_id", "municipality_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "decision_list" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "status" character varying(16) NOT NULL, "adopted_in_meeting_id" uuid, "adopted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "retention_class" character varying(16) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decision_list_published_check" CHECK ((status = \'PUBLISHED\') = (published_at IS NOT NULL)), CONSTRAINT "decision_list_adopted_check" CHECK (status = \'DRAFT\' OR adopted_at IS NOT NULL), CONSTRAINT "decision_list_retention_class_check" CHECK (retention_class IN (\'KEEP\', \'DESTROY\')), CONSTRAINT "decision_list_status_check" CHECK (status IN (\'DRAFT\', \'ADOPTED\', \'PUBLISHED\')), CONSTRAINT "decision_list_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "decision_list_body_idx" ON "decision_list"  ("body_id") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "decision_list_meeting_key" ON "decision_list"  ("meeting_id") ',
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)',
      [
        'public',
        'proposal_version',
        'GENERATED_COLUMN',
        'search_vector',
        "to_tsvector('dutch'::regconfig, coalesce(title, '') || ' ' || coalesce(body, '') || ' ' || coalesce(financial_consequences, ''))",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "proposal_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_id" uuid NOT NULL, "number" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "financial_consequences" text, "change_note" text, "created_by_id" uuid NOT NULL, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector(\'dutch\'::regconfig, coalesce(title, \'\') || \' \' || coalesce(body, \'\') || \' \' || coalesce(financial_consequences, \'\'))) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_version_number_check" CHECK (number >= 1), CONSTRAINT "proposal_version_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "proposal_version_proposal_number_key" ON "proposal_version"  ("proposal_id", "number") ',
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)',
      [
        'public',
        'decision',
        'GENERATED_COLUMN',
        'search_vector',
        "to_tsvector('dutch'::regconfig, coalesce(title, '') || ' ' || coalesce(text, ''))",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "body_id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "proposal_version_id" uuid, "decision_list_id" uuid, "corrects_decision_id" uuid, "title" text NOT NULL, "text" text NOT NULL, "outcome" character varying(32) NOT NULL, "decided_on" date NOT NULL, "municipality_scope" uuid array NOT NULL DEFAULT \'{}\', "confidentiality" character varying(16) NOT NULL, "secrecy_id" uuid, "published_at" TIMESTAMP WITH TIME ZONE, "retention_class" character varying(16) NOT NULL, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector(\'dutch\'::regconfig, coalesce(title, \'\') || \' \' || coalesce(text, \'\'))) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "decision_secrecy_check" CHECK (confidentiality <> \'SECRET\' OR secrecy_id IS NOT NULL), CONSTRAINT "decision_retention_class_check" CHECK (retention_class IN (\'KEEP\', \'DESTROY\')), CONSTRAINT "decision_confidentiality_check" CHECK (confidentiality IN (\'PUBLIC\', \'CONFIDENTIAL\', \'SECRET\')), CONSTRAINT "decision_outcome_check" CHECK (outcome IN (\'ADOPTED\', \'ADOPTED_AMENDED\', \'DEFERRED\', \'REJECTED\', \'WITHDRAWN\')), CONSTRAINT "decision_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "decision_decision_list_idx" ON "decision"  ("decision_list_id") ');
    await queryRunner.query('CREATE INDEX "decision_agenda_item_idx" ON "decision"  ("agenda_item_id") ');
    await queryRunner.query(
      'CREATE INDEX "decision_organisation_decided_idx" ON "decision"  ("organisation_id", "decided_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "decision_body_decided_idx" ON "decision"  ("body_id", "decided_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "vote" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "decision_id" uuid NOT NULL, "person_id" uuid NOT NULL, "municipality_id" uuid, "choice" character varying(16) NOT NULL, CONSTRAINT "vote_choice_check" CHECK (choice IN (\'FOR\', \'AGAINST\', \'ABSTAIN\')), CONSTRAINT "vote_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "vote_decision_person_key" ON "vote"  ("decision_id", "person_id") ',
    );
    await queryRunner.query(
      'INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)',
      [
        'public',
        'document',
        'GENERATED_COLUMN',
        'search_vector',
        "to_tsvector('dutch'::regconfig, coalesce(title, '') || ' ' || coalesce(file_name, '') || ' ' || coalesce(text_content, ''))",
      ],
    );
    await queryRunner.query(
      'CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "proposal_version_id" uuid, "agenda_item_id" uuid, "decision_id" uuid, "council_view_id" uuid, "title" text NOT NULL, "file_name" text NOT NULL, "content_type" character varying(128) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "text_content" text, "confidentiality" character varying(16) NOT NULL, "secrecy_id" uuid, "uploaded_by_id" uuid NOT NULL, "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector(\'dutch\'::regconfig, coalesce(title, \'\') || \' \' || coalesce(file_name, \'\') || \' \' || coalesce(text_content, \'\'))) STORED NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "document_secrecy_check" CHECK (confidentiality <> \'SECRET\' OR secrecy_id IS NOT NULL), CONSTRAINT "document_parent_check" CHECK (num_nonnulls(proposal_version_id, agenda_item_id, decision_id, council_view_id) = 1), CONSTRAINT "document_size_check" CHECK (size_bytes > 0 AND size_bytes <= 20971520 AND size_bytes = octet_length(content)), CONSTRAINT "document_content_type_check" CHECK (content_type IN (\'application/pdf\', \'text/plain\', \'text/markdown\', \'application/vnd.openxmlformats-officedocument.wordprocessingml.document\', \'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\', \'image/png\', \'image/jpeg\')), CONSTRAINT "document_confidentiality_check" CHECK (confidentiality IN (\'PUBLIC\', \'CONFIDENTIAL\', \'SECRET\')), CONSTRAINT "document_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "document_council_view_idx" ON "document"  ("council_view_id") ');
    await queryRunner.query('CREATE INDEX "document_decision_idx" ON "document"  ("decision_id") ');
    await queryRunner.query('CREATE INDEX "document_agenda_item_idx" ON "document"  ("agenda_item_id") ');
    await queryRunner.query(
      'CREATE INDEX "document_proposal_version_idx" ON "document"  ("proposal_version_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "conflict_of_interest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "person_id" uuid NOT NULL, "agenda_item_id" uuid, "proposal_id" uuid, "reason" text NOT NULL, "bars_papers" boolean NOT NULL DEFAULT true, "declared_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "conflict_of_interest_subject_check" CHECK (num_nonnulls(agenda_item_id, proposal_id) >= 1), CONSTRAINT "conflict_of_interest_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "conflict_of_interest_proposal_idx" ON "conflict_of_interest"  ("proposal_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "conflict_of_interest_agenda_item_idx" ON "conflict_of_interest"  ("agenda_item_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "conflict_of_interest_person_idx" ON "conflict_of_interest"  ("person_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "secrecy_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "secrecy_id" uuid NOT NULL, "body_id" uuid, "person_id" uuid, CONSTRAINT "secrecy_share_target_check" CHECK ((body_id IS NULL) <> (person_id IS NULL)), CONSTRAINT "secrecy_share_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "secrecy_share_body_idx" ON "secrecy_share"  ("body_id") ');
    await queryRunner.query('CREATE INDEX "secrecy_share_person_idx" ON "secrecy_share"  ("person_id") ');
    await queryRunner.query('CREATE INDEX "secrecy_share_secrecy_idx" ON "secrecy_share"  ("secrecy_id") ');
    await queryRunner.query(
      'CREATE TABLE "cost_allocation_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "service_area_id" uuid, "name" text NOT NULL, "method" character varying(32) NOT NULL, CONSTRAINT "cost_allocation_key_method_check" CHECK (method IN (\'INHABITANTS\', \'EQUAL\', \'FIXED_PERCENTAGES\', \'USAGE\')), CONSTRAINT "cost_allocation_key_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "cost_allocation_key_organisation_name_key" ON "cost_allocation_key"  ("organisation_id", "name") ',
    );
    await queryRunner.query(
      'CREATE TABLE "cost_allocation_share" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cost_allocation_key_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "value" numeric(12,2) NOT NULL, CONSTRAINT "cost_allocation_share_value_check" CHECK (value >= 0), CONSTRAINT "cost_allocation_share_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "cost_allocation_share_key_municipality_key" ON "cost_allocation_share"  ("cost_allocation_key_id", "municipality_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "service_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "service_area_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "cost_share_percent" numeric(5,2) NOT NULL, CONSTRAINT "service_assignment_cost_share_check" CHECK (cost_share_percent >= 0 AND cost_share_percent <= 100), CONSTRAINT "service_assignment_period_check" CHECK (ends_on IS NULL OR ends_on >= starts_on), CONSTRAINT "service_assignment_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "service_assignment_municipality_idx" ON "service_assignment"  ("municipality_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "service_assignment_organisation_idx" ON "service_assignment"  ("organisation_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "service_assignment_area_municipality_starts_key" ON "service_assignment"  ("service_area_id", "municipality_id", "starts_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "decision_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_version_id" uuid NOT NULL, "number" integer NOT NULL, "text" text NOT NULL, CONSTRAINT "decision_point_number_check" CHECK (number >= 1), CONSTRAINT "decision_point_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "decision_point_version_number_key" ON "decision_point"  ("proposal_version_id", "number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "financial_impact" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "proposal_version_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "amount_cents" bigint NOT NULL, "note" text, CONSTRAINT "financial_impact_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "financial_impact_version_municipality_key" ON "financial_impact"  ("proposal_version_id", "municipality_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "publication" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "subject_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, "published_by_id" uuid NOT NULL, CONSTRAINT "publication_kind_check" CHECK (kind IN (\'AGENDA\', \'DECISION_LIST\', \'DECISION\')), CONSTRAINT "publication_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "publication_organisation_published_idx" ON "publication"  ("organisation_id", "published_at") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "publication_subject_key" ON "publication"  ("kind", "subject_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "quota_exchange" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "from_municipality_id" uuid NOT NULL, "to_municipality_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "amount" integer NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "agreed_on" date NOT NULL, "note" text, CONSTRAINT "quota_exchange_parties_check" CHECK (from_municipality_id <> to_municipality_id), CONSTRAINT "quota_exchange_amount_check" CHECK (amount > 0), CONSTRAINT "quota_exchange_kind_check" CHECK (kind IN (\'HOUSING_STATUS_HOLDERS\', \'RECEPTION_PLACES\', \'HOUSING_CONSTRUCTION\')), CONSTRAINT "quota_exchange_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "quota_exchange_organisation_idx" ON "quota_exchange"  ("organisation_id", "period_start") ',
    );
    await queryRunner.query(
      'CREATE TABLE "quota" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "target" integer NOT NULL, CONSTRAINT "quota_target_check" CHECK (target >= 0), CONSTRAINT "quota_period_check" CHECK (period_end >= period_start), CONSTRAINT "quota_kind_check" CHECK (kind IN (\'HOUSING_STATUS_HOLDERS\', \'RECEPTION_PLACES\', \'HOUSING_CONSTRUCTION\')), CONSTRAINT "quota_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "quota_organisation_municipality_kind_period_key" ON "quota"  ("organisation_id", "municipality_id", "kind", "period_start") ',
    );
    await queryRunner.query(
      'CREATE TABLE "quota_realisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "quota_id" uuid NOT NULL, "recorded_on" date NOT NULL, "realised" integer NOT NULL, CONSTRAINT "quota_realisation_realised_check" CHECK (realised >= 0), CONSTRAINT "quota_realisation_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "quota_realisation_quota_recorded_key" ON "quota_realisation"  ("quota_id", "recorded_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "agenda_item_id" uuid NOT NULL, "body_id" uuid NOT NULL, "author_id" uuid NOT NULL, "municipality_id" uuid NOT NULL, "visibility" character varying(32) NOT NULL, "text" text NOT NULL, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_text_check" CHECK (length(trim(text)) > 0), CONSTRAINT "review_visibility_check" CHECK (visibility IN (\'OWN_MUNICIPALITY\', \'SHARED\')), CONSTRAINT "review_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "review_organisation_idx" ON "review"  ("organisation_id") ');
    await queryRunner.query('CREATE INDEX "review_municipality_idx" ON "review"  ("municipality_id") ');
    await queryRunner.query('CREATE INDEX "review_agenda_item_idx" ON "review"  ("agenda_item_id") ');
    await queryRunner.query(
      'CREATE TABLE "task" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation_id" uuid NOT NULL, "municipality_id" uuid, "for_organisation" boolean NOT NULL DEFAULT false, "assignee_id" uuid, "title" text NOT NULL, "description" text, "due_on" date NOT NULL, "status" character varying(16) NOT NULL, "origin" character varying(32) NOT NULL, "decision_id" uuid, "agenda_item_id" uuid, "body_id" uuid, "requested_by_municipality_ids" uuid array NOT NULL DEFAULT \'{}\', "confidentiality" character varying(16) NOT NULL, "created_by_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE, "completed_by_id" uuid, "version" integer NOT NULL DEFAULT \'1\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "task_done_check" CHECK ((status = \'DONE\') = (completed_at IS NOT NULL)), CONSTRAINT "task_assignee_check" CHECK (municipality_id IS NOT NULL OR for_organisation), CONSTRAINT "task_confidentiality_check" CHECK (confidentiality IN (\'PUBLIC\', \'CONFIDENTIAL\', \'SECRET\')), CONSTRAINT "task_origin_check" CHECK (origin IN (\'DECISION\', \'AGENDA_PUBLICATION\', \'MUNICIPAL_REQUEST\', \'JOINT_ASSIGNMENT\', \'COUNCIL_VIEW\')), CONSTRAINT "task_status_check" CHECK (status IN (\'OPEN\', \'IN_PROGRESS\', \'DONE\', \'CANCELLED\')), CONSTRAINT "task_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "task_body_idx" ON "task"  ("body_id") ');
    await queryRunner.query('CREATE INDEX "task_decision_idx" ON "task"  ("decision_id") ');
    await queryRunner.query('CREATE INDEX "task_assignee_idx" ON "task"  ("assignee_id") ');
    await queryRunner.query(
      'CREATE INDEX "task_organisation_status_due_idx" ON "task"  ("organisation_id", "status", "due_on") ',
    );
    await queryRunner.query(
      'CREATE INDEX "task_municipality_status_due_idx" ON "task"  ("municipality_id", "status", "due_on") ',
    );
    await queryRunner.query(
      'ALTER TABLE "participation" ADD CONSTRAINT "participation_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "participation" ADD CONSTRAINT "participation_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "portfolio" ADD CONSTRAINT "portfolio_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "body" ADD CONSTRAINT "body_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "body" ADD CONSTRAINT "body_portfolio_fkey" FOREIGN KEY ("portfolio_id") REFERENCES "portfolio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "body" ADD CONSTRAINT "body_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "body" ADD CONSTRAINT "body_advises_body_fkey" FOREIGN KEY ("advises_body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "secrecy" ADD CONSTRAINT "secrecy_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "secrecy" ADD CONSTRAINT "secrecy_imposed_by_body_fkey" FOREIGN KEY ("imposed_by_body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "secrecy" ADD CONSTRAINT "secrecy_imposed_by_person_fkey" FOREIGN KEY ("imposed_by_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_area" ADD CONSTRAINT "service_area_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_area" ADD CONSTRAINT "service_area_portfolio_fkey" FOREIGN KEY ("portfolio_id") REFERENCES "portfolio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "proposal_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "proposal_portfolio_fkey" FOREIGN KEY ("portfolio_id") REFERENCES "portfolio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "proposal_service_area_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "proposal_author_fkey" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal" ADD CONSTRAINT "proposal_secrecy_fkey" FOREIGN KEY ("secrecy_id") REFERENCES "secrecy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "meeting_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "meeting_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "meeting" ADD CONSTRAINT "meeting_secrecy_fkey" FOREIGN KEY ("secrecy_id") REFERENCES "secrecy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_meeting_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_proposal_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_source_fkey" FOREIGN KEY ("source_agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_service_area_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "agenda_item" ADD CONSTRAINT "agenda_item_secrecy_fkey" FOREIGN KEY ("secrecy_id") REFERENCES "secrecy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advice" ADD CONSTRAINT "advice_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advice" ADD CONSTRAINT "advice_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advice" ADD CONSTRAINT "advice_proposal_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advice" ADD CONSTRAINT "advice_agenda_item_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advice" ADD CONSTRAINT "advice_drafted_by_fkey" FOREIGN KEY ("drafted_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advice" ADD CONSTRAINT "advice_adopted_by_fkey" FOREIGN KEY ("adopted_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advice_reservation" ADD CONSTRAINT "advice_reservation_advice_fkey" FOREIGN KEY ("advice_id") REFERENCES "advice"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advice_reservation" ADD CONSTRAINT "advice_reservation_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "advice_reservation" ADD CONSTRAINT "advice_reservation_recorded_by_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "membership_person_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "membership_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "membership_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "membership_portfolio_fkey" FOREIGN KEY ("portfolio_id") REFERENCES "portfolio"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "membership_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "council_view_procedure" ADD CONSTRAINT "council_view_procedure_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "council_view_procedure" ADD CONSTRAINT "council_view_procedure_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "council_view_procedure" ADD CONSTRAINT "council_view_procedure_proposal_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "council_view" ADD CONSTRAINT "council_view_procedure_fkey" FOREIGN KEY ("procedure_id") REFERENCES "council_view_procedure"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "council_view" ADD CONSTRAINT "council_view_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_list" ADD CONSTRAINT "decision_list_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_list" ADD CONSTRAINT "decision_list_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_list" ADD CONSTRAINT "decision_list_meeting_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_list" ADD CONSTRAINT "decision_list_adopted_in_meeting_fkey" FOREIGN KEY ("adopted_in_meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_version" ADD CONSTRAINT "proposal_version_proposal_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_version" ADD CONSTRAINT "proposal_version_created_by_fkey" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "decision_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "decision_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "decision_meeting_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meeting"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "decision_agenda_item_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "decision_proposal_version_fkey" FOREIGN KEY ("proposal_version_id") REFERENCES "proposal_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "decision_decision_list_fkey" FOREIGN KEY ("decision_list_id") REFERENCES "decision_list"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "decision_corrects_fkey" FOREIGN KEY ("corrects_decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision" ADD CONSTRAINT "decision_secrecy_fkey" FOREIGN KEY ("secrecy_id") REFERENCES "secrecy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vote" ADD CONSTRAINT "vote_decision_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vote" ADD CONSTRAINT "vote_person_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "vote" ADD CONSTRAINT "vote_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "document_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "document_proposal_version_fkey" FOREIGN KEY ("proposal_version_id") REFERENCES "proposal_version"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "document_agenda_item_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "document_decision_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "document_council_view_fkey" FOREIGN KEY ("council_view_id") REFERENCES "council_view"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "document_secrecy_fkey" FOREIGN KEY ("secrecy_id") REFERENCES "secrecy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document" ADD CONSTRAINT "document_uploaded_by_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conflict_of_interest" ADD CONSTRAINT "conflict_of_interest_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conflict_of_interest" ADD CONSTRAINT "conflict_of_interest_person_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conflict_of_interest" ADD CONSTRAINT "conflict_of_interest_agenda_item_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "conflict_of_interest" ADD CONSTRAINT "conflict_of_interest_proposal_fkey" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "secrecy_share" ADD CONSTRAINT "secrecy_share_secrecy_fkey" FOREIGN KEY ("secrecy_id") REFERENCES "secrecy"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "secrecy_share" ADD CONSTRAINT "secrecy_share_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "secrecy_share" ADD CONSTRAINT "secrecy_share_person_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_allocation_key" ADD CONSTRAINT "cost_allocation_key_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_allocation_key" ADD CONSTRAINT "cost_allocation_key_service_area_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_allocation_share" ADD CONSTRAINT "cost_allocation_share_key_fkey" FOREIGN KEY ("cost_allocation_key_id") REFERENCES "cost_allocation_key"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_allocation_share" ADD CONSTRAINT "cost_allocation_share_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_assignment" ADD CONSTRAINT "service_assignment_service_area_fkey" FOREIGN KEY ("service_area_id") REFERENCES "service_area"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "service_assignment" ADD CONSTRAINT "service_assignment_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_point" ADD CONSTRAINT "decision_point_proposal_version_fkey" FOREIGN KEY ("proposal_version_id") REFERENCES "proposal_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "financial_impact" ADD CONSTRAINT "financial_impact_proposal_version_fkey" FOREIGN KEY ("proposal_version_id") REFERENCES "proposal_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "financial_impact" ADD CONSTRAINT "financial_impact_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "publication" ADD CONSTRAINT "publication_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "publication" ADD CONSTRAINT "publication_published_by_fkey" FOREIGN KEY ("published_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quota_exchange" ADD CONSTRAINT "quota_exchange_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quota_exchange" ADD CONSTRAINT "quota_exchange_from_municipality_fkey" FOREIGN KEY ("from_municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quota_exchange" ADD CONSTRAINT "quota_exchange_to_municipality_fkey" FOREIGN KEY ("to_municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quota" ADD CONSTRAINT "quota_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quota" ADD CONSTRAINT "quota_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "quota_realisation" ADD CONSTRAINT "quota_realisation_quota_fkey" FOREIGN KEY ("quota_id") REFERENCES "quota"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review" ADD CONSTRAINT "review_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review" ADD CONSTRAINT "review_agenda_item_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review" ADD CONSTRAINT "review_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review" ADD CONSTRAINT "review_author_fkey" FOREIGN KEY ("author_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "review" ADD CONSTRAINT "review_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "task_organisation_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "task_municipality_fkey" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "task_assignee_fkey" FOREIGN KEY ("assignee_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "task_decision_fkey" FOREIGN KEY ("decision_id") REFERENCES "decision"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "task_agenda_item_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_item"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "task_body_fkey" FOREIGN KEY ("body_id") REFERENCES "body"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "task_created_by_fkey" FOREIGN KEY ("created_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "task" ADD CONSTRAINT "task_completed_by_fkey" FOREIGN KEY ("completed_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_completed_by_fkey"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_created_by_fkey"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_body_fkey"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_agenda_item_fkey"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_decision_fkey"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_assignee_fkey"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_municipality_fkey"');
    await queryRunner.query('ALTER TABLE "task" DROP CONSTRAINT "task_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "review" DROP CONSTRAINT "review_municipality_fkey"');
    await queryRunner.query('ALTER TABLE "review" DROP CONSTRAINT "review_author_fkey"');
    await queryRunner.query('ALTER TABLE "review" DROP CONSTRAINT "review_body_fkey"');
    await queryRunner.query('ALTER TABLE "review" DROP CONSTRAINT "review_agenda_item_fkey"');
    await queryRunner.query('ALTER TABLE "review" DROP CONSTRAINT "review_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "quota_realisation" DROP CONSTRAINT "quota_realisation_quota_fkey"');
    await queryRunner.query('ALTER TABLE "quota" DROP CONSTRAINT "quota_municipality_fkey"');
    await queryRunner.query('ALTER TABLE "quota" DROP CONSTRAINT "quota_organisation_fkey"');
    await queryRunner.query(
      'ALTER TABLE "quota_exchange" DROP CONSTRAINT "quota_exchange_to_municipality_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "quota_exchange" DROP CONSTRAINT "quota_exchange_from_municipality_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "quota_exchange" DROP CONSTRAINT "quota_exchange_organisation_fkey"',
    );
    await queryRunner.query('ALTER TABLE "publication" DROP CONSTRAINT "publication_published_by_fkey"');
    await queryRunner.query('ALTER TABLE "publication" DROP CONSTRAINT "publication_organisation_fkey"');
    await queryRunner.query(
      'ALTER TABLE "financial_impact" DROP CONSTRAINT "financial_impact_municipality_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "financial_impact" DROP CONSTRAINT "financial_impact_proposal_version_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_point" DROP CONSTRAINT "decision_point_proposal_version_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "service_assignment" DROP CONSTRAINT "service_assignment_municipality_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "service_assignment" DROP CONSTRAINT "service_assignment_service_area_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_allocation_share" DROP CONSTRAINT "cost_allocation_share_municipality_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_allocation_share" DROP CONSTRAINT "cost_allocation_share_key_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_allocation_key" DROP CONSTRAINT "cost_allocation_key_service_area_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "cost_allocation_key" DROP CONSTRAINT "cost_allocation_key_organisation_fkey"',
    );
    await queryRunner.query('ALTER TABLE "secrecy_share" DROP CONSTRAINT "secrecy_share_person_fkey"');
    await queryRunner.query('ALTER TABLE "secrecy_share" DROP CONSTRAINT "secrecy_share_body_fkey"');
    await queryRunner.query('ALTER TABLE "secrecy_share" DROP CONSTRAINT "secrecy_share_secrecy_fkey"');
    await queryRunner.query(
      'ALTER TABLE "conflict_of_interest" DROP CONSTRAINT "conflict_of_interest_proposal_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "conflict_of_interest" DROP CONSTRAINT "conflict_of_interest_agenda_item_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "conflict_of_interest" DROP CONSTRAINT "conflict_of_interest_person_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "conflict_of_interest" DROP CONSTRAINT "conflict_of_interest_organisation_fkey"',
    );
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "document_uploaded_by_fkey"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "document_secrecy_fkey"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "document_council_view_fkey"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "document_decision_fkey"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "document_agenda_item_fkey"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "document_proposal_version_fkey"');
    await queryRunner.query('ALTER TABLE "document" DROP CONSTRAINT "document_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "vote" DROP CONSTRAINT "vote_municipality_fkey"');
    await queryRunner.query('ALTER TABLE "vote" DROP CONSTRAINT "vote_person_fkey"');
    await queryRunner.query('ALTER TABLE "vote" DROP CONSTRAINT "vote_decision_fkey"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "decision_secrecy_fkey"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "decision_corrects_fkey"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "decision_decision_list_fkey"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "decision_proposal_version_fkey"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "decision_agenda_item_fkey"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "decision_meeting_fkey"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "decision_body_fkey"');
    await queryRunner.query('ALTER TABLE "decision" DROP CONSTRAINT "decision_organisation_fkey"');
    await queryRunner.query(
      'ALTER TABLE "proposal_version" DROP CONSTRAINT "proposal_version_created_by_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "proposal_version" DROP CONSTRAINT "proposal_version_proposal_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "decision_list" DROP CONSTRAINT "decision_list_adopted_in_meeting_fkey"',
    );
    await queryRunner.query('ALTER TABLE "decision_list" DROP CONSTRAINT "decision_list_meeting_fkey"');
    await queryRunner.query('ALTER TABLE "decision_list" DROP CONSTRAINT "decision_list_body_fkey"');
    await queryRunner.query('ALTER TABLE "decision_list" DROP CONSTRAINT "decision_list_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "council_view" DROP CONSTRAINT "council_view_municipality_fkey"');
    await queryRunner.query('ALTER TABLE "council_view" DROP CONSTRAINT "council_view_procedure_fkey"');
    await queryRunner.query(
      'ALTER TABLE "council_view_procedure" DROP CONSTRAINT "council_view_procedure_proposal_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "council_view_procedure" DROP CONSTRAINT "council_view_procedure_body_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "council_view_procedure" DROP CONSTRAINT "council_view_procedure_organisation_fkey"',
    );
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "membership_municipality_fkey"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "membership_portfolio_fkey"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "membership_body_fkey"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "membership_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "membership" DROP CONSTRAINT "membership_person_fkey"');
    await queryRunner.query(
      'ALTER TABLE "advice_reservation" DROP CONSTRAINT "advice_reservation_recorded_by_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "advice_reservation" DROP CONSTRAINT "advice_reservation_municipality_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "advice_reservation" DROP CONSTRAINT "advice_reservation_advice_fkey"',
    );
    await queryRunner.query('ALTER TABLE "advice" DROP CONSTRAINT "advice_adopted_by_fkey"');
    await queryRunner.query('ALTER TABLE "advice" DROP CONSTRAINT "advice_drafted_by_fkey"');
    await queryRunner.query('ALTER TABLE "advice" DROP CONSTRAINT "advice_agenda_item_fkey"');
    await queryRunner.query('ALTER TABLE "advice" DROP CONSTRAINT "advice_proposal_fkey"');
    await queryRunner.query('ALTER TABLE "advice" DROP CONSTRAINT "advice_body_fkey"');
    await queryRunner.query('ALTER TABLE "advice" DROP CONSTRAINT "advice_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "agenda_item" DROP CONSTRAINT "agenda_item_secrecy_fkey"');
    await queryRunner.query('ALTER TABLE "agenda_item" DROP CONSTRAINT "agenda_item_service_area_fkey"');
    await queryRunner.query('ALTER TABLE "agenda_item" DROP CONSTRAINT "agenda_item_source_fkey"');
    await queryRunner.query('ALTER TABLE "agenda_item" DROP CONSTRAINT "agenda_item_proposal_fkey"');
    await queryRunner.query('ALTER TABLE "agenda_item" DROP CONSTRAINT "agenda_item_body_fkey"');
    await queryRunner.query('ALTER TABLE "agenda_item" DROP CONSTRAINT "agenda_item_meeting_fkey"');
    await queryRunner.query('ALTER TABLE "agenda_item" DROP CONSTRAINT "agenda_item_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "meeting_secrecy_fkey"');
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "meeting_body_fkey"');
    await queryRunner.query('ALTER TABLE "meeting" DROP CONSTRAINT "meeting_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "proposal_secrecy_fkey"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "proposal_author_fkey"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "proposal_service_area_fkey"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "proposal_portfolio_fkey"');
    await queryRunner.query('ALTER TABLE "proposal" DROP CONSTRAINT "proposal_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "service_area" DROP CONSTRAINT "service_area_portfolio_fkey"');
    await queryRunner.query('ALTER TABLE "service_area" DROP CONSTRAINT "service_area_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "secrecy" DROP CONSTRAINT "secrecy_imposed_by_person_fkey"');
    await queryRunner.query('ALTER TABLE "secrecy" DROP CONSTRAINT "secrecy_imposed_by_body_fkey"');
    await queryRunner.query('ALTER TABLE "secrecy" DROP CONSTRAINT "secrecy_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "body" DROP CONSTRAINT "body_advises_body_fkey"');
    await queryRunner.query('ALTER TABLE "body" DROP CONSTRAINT "body_municipality_fkey"');
    await queryRunner.query('ALTER TABLE "body" DROP CONSTRAINT "body_portfolio_fkey"');
    await queryRunner.query('ALTER TABLE "body" DROP CONSTRAINT "body_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "portfolio" DROP CONSTRAINT "portfolio_organisation_fkey"');
    await queryRunner.query('ALTER TABLE "participation" DROP CONSTRAINT "participation_municipality_fkey"');
    await queryRunner.query('ALTER TABLE "participation" DROP CONSTRAINT "participation_organisation_fkey"');
    await queryRunner.query('DROP INDEX "public"."task_municipality_status_due_idx"');
    await queryRunner.query('DROP INDEX "public"."task_organisation_status_due_idx"');
    await queryRunner.query('DROP INDEX "public"."task_assignee_idx"');
    await queryRunner.query('DROP INDEX "public"."task_decision_idx"');
    await queryRunner.query('DROP INDEX "public"."task_body_idx"');
    await queryRunner.query('DROP TABLE "task"');
    await queryRunner.query('DROP INDEX "public"."review_agenda_item_idx"');
    await queryRunner.query('DROP INDEX "public"."review_municipality_idx"');
    await queryRunner.query('DROP INDEX "public"."review_organisation_idx"');
    await queryRunner.query('DROP TABLE "review"');
    await queryRunner.query('DROP INDEX "public"."quota_realisation_quota_recorded_key"');
    await queryRunner.query('DROP TABLE "quota_realisation"');
    await queryRunner.query('DROP INDEX "public"."quota_organisation_municipality_kind_period_key"');
    await queryRunner.query('DROP TABLE "quota"');
    await queryRunner.query('DROP INDEX "public"."quota_exchange_organisation_idx"');
    await queryRunner.query('DROP TABLE "quota_exchange"');
    await queryRunner.query('DROP INDEX "public"."publication_subject_key"');
    await queryRunner.query('DROP INDEX "public"."publication_organisation_published_idx"');
    await queryRunner.query('DROP TABLE "publication"');
    await queryRunner.query('DROP INDEX "public"."financial_impact_version_municipality_key"');
    await queryRunner.query('DROP TABLE "financial_impact"');
    await queryRunner.query('DROP INDEX "public"."decision_point_version_number_key"');
    await queryRunner.query('DROP TABLE "decision_point"');
    await queryRunner.query('DROP INDEX "public"."service_assignment_area_municipality_starts_key"');
    await queryRunner.query('DROP INDEX "public"."service_assignment_organisation_idx"');
    await queryRunner.query('DROP INDEX "public"."service_assignment_municipality_idx"');
    await queryRunner.query('DROP TABLE "service_assignment"');
    await queryRunner.query('DROP INDEX "public"."cost_allocation_share_key_municipality_key"');
    await queryRunner.query('DROP TABLE "cost_allocation_share"');
    await queryRunner.query('DROP INDEX "public"."cost_allocation_key_organisation_name_key"');
    await queryRunner.query('DROP TABLE "cost_allocation_key"');
    await queryRunner.query('DROP INDEX "public"."secrecy_share_secrecy_idx"');
    await queryRunner.query('DROP INDEX "public"."secrecy_share_person_idx"');
    await queryRunner.query('DROP INDEX "public"."secrecy_share_body_idx"');
    await queryRunner.query('DROP TABLE "secrecy_share"');
    await queryRunner.query('DROP INDEX "public"."conflict_of_interest_person_idx"');
    await queryRunner.query('DROP INDEX "public"."conflict_of_interest_agenda_item_idx"');
    await queryRunner.query('DROP INDEX "public"."conflict_of_interest_proposal_idx"');
    await queryRunner.query('DROP TABLE "conflict_of_interest"');
    await queryRunner.query('DROP INDEX "public"."document_proposal_version_idx"');
    await queryRunner.query('DROP INDEX "public"."document_agenda_item_idx"');
    await queryRunner.query('DROP INDEX "public"."document_decision_idx"');
    await queryRunner.query('DROP INDEX "public"."document_council_view_idx"');
    await queryRunner.query('DROP TABLE "document"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4',
      ['GENERATED_COLUMN', 'search_vector', 'public', 'document'],
    );
    await queryRunner.query('DROP INDEX "public"."vote_decision_person_key"');
    await queryRunner.query('DROP TABLE "vote"');
    await queryRunner.query('DROP INDEX "public"."decision_body_decided_idx"');
    await queryRunner.query('DROP INDEX "public"."decision_organisation_decided_idx"');
    await queryRunner.query('DROP INDEX "public"."decision_agenda_item_idx"');
    await queryRunner.query('DROP INDEX "public"."decision_decision_list_idx"');
    await queryRunner.query('DROP TABLE "decision"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4',
      ['GENERATED_COLUMN', 'search_vector', 'public', 'decision'],
    );
    await queryRunner.query('DROP INDEX "public"."proposal_version_proposal_number_key"');
    await queryRunner.query('DROP TABLE "proposal_version"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4',
      ['GENERATED_COLUMN', 'search_vector', 'public', 'proposal_version'],
    );
    await queryRunner.query('DROP INDEX "public"."decision_list_meeting_key"');
    await queryRunner.query('DROP INDEX "public"."decision_list_body_idx"');
    await queryRunner.query('DROP TABLE "decision_list"');
    await queryRunner.query('DROP INDEX "public"."council_view_procedure_municipality_key"');
    await queryRunner.query('DROP INDEX "public"."council_view_municipality_idx"');
    await queryRunner.query('DROP TABLE "council_view"');
    await queryRunner.query('DROP INDEX "public"."council_view_procedure_organisation_deadline_idx"');
    await queryRunner.query('DROP TABLE "council_view_procedure"');
    await queryRunner.query('DROP INDEX "public"."membership_person_idx"');
    await queryRunner.query('DROP INDEX "public"."membership_body_idx"');
    await queryRunner.query('DROP INDEX "public"."membership_organisation_idx"');
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('DROP INDEX "public"."audit_entry_subject_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_entry_actor_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_entry_organisation_at_idx"');
    await queryRunner.query('DROP TABLE "audit_entry"');
    await queryRunner.query('DROP INDEX "public"."advice_reservation_advice_municipality_key"');
    await queryRunner.query('DROP TABLE "advice_reservation"');
    await queryRunner.query('DROP INDEX "public"."advice_agenda_item_key"');
    await queryRunner.query('DROP INDEX "public"."advice_proposal_idx"');
    await queryRunner.query('DROP INDEX "public"."advice_organisation_idx"');
    await queryRunner.query('DROP TABLE "advice"');
    await queryRunner.query('DROP INDEX "public"."agenda_item_organisation_idx"');
    await queryRunner.query('DROP INDEX "public"."agenda_item_body_idx"');
    await queryRunner.query('DROP INDEX "public"."agenda_item_proposal_idx"');
    await queryRunner.query('DROP INDEX "public"."agenda_item_source_idx"');
    await queryRunner.query('DROP TABLE "agenda_item"');
    await queryRunner.query('DROP INDEX "public"."meeting_body_starts_idx"');
    await queryRunner.query('DROP INDEX "public"."meeting_organisation_starts_idx"');
    await queryRunner.query('DROP TABLE "meeting"');
    await queryRunner.query('DROP INDEX "public"."proposal_organisation_state_idx"');
    await queryRunner.query('DROP INDEX "public"."proposal_portfolio_idx"');
    await queryRunner.query('DROP INDEX "public"."proposal_author_idx"');
    await queryRunner.query('DROP TABLE "proposal"');
    await queryRunner.query(
      'DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4',
      ['GENERATED_COLUMN', 'search_vector', 'public', 'proposal'],
    );
    await queryRunner.query('DROP INDEX "public"."service_area_organisation_code_key"');
    await queryRunner.query('DROP TABLE "service_area"');
    await queryRunner.query('DROP INDEX "public"."secrecy_organisation_idx"');
    await queryRunner.query('DROP TABLE "secrecy"');
    await queryRunner.query('DROP INDEX "public"."body_organisation_name_key"');
    await queryRunner.query('DROP INDEX "public"."body_portfolio_idx"');
    await queryRunner.query('DROP TABLE "body"');
    await queryRunner.query('DROP INDEX "public"."portfolio_organisation_code_key"');
    await queryRunner.query('DROP TABLE "portfolio"');
    await queryRunner.query('DROP INDEX "public"."organisation_name_key"');
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('DROP INDEX "public"."participation_organisation_municipality_starts_key"');
    await queryRunner.query('DROP INDEX "public"."participation_municipality_idx"');
    await queryRunner.query('DROP TABLE "participation"');
    await queryRunner.query('DROP TABLE "person"');
    await queryRunner.query('DROP INDEX "public"."municipality_cbs_code_key"');
    await queryRunner.query('DROP TABLE "municipality"');
  }
}
