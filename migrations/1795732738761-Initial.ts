import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795732738761 implements MigrationInterface {
  name = 'Initial1795732738761';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text, "disabled_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "account_email_key" ON "account"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "kind" text NOT NULL, "country" character(2), "cadence" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organization_cadence_check" CHECK (cadence IN (\'month\', \'quarter\')), CONSTRAINT "organization_kind_check" CHECK (kind IN (\'hotline\', \'company\', \'network\')), CONSTRAINT "organization_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "organization_slug_key" ON "organization"  ("slug") ',
    );
    await queryRunner.query(
      'CREATE TABLE "api_key" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "name" text NOT NULL, "prefix" text NOT NULL, "key_hash" text NOT NULL, "scopes" text array NOT NULL DEFAULT \'{submit}\', "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "api_key_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "api_key_organization_id_idx" ON "api_key"  ("organization_id") ',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "api_key_prefix_key" ON "api_key"  ("prefix") ');
    await queryRunner.query(
      'CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_account_id" uuid, "actor_api_key_id" uuid, "actor_label" text NOT NULL, "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" text, "details" jsonb NOT NULL DEFAULT \'{}\', "previous_hash" text, "hash" text NOT NULL, CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "audit_event_hash_key" ON "audit_event"  ("hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "audit_event_entity_idx" ON "audit_event"  ("entity_type", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "membership_role_check" CHECK (role IN (\'submitter\', \'reviewer\', \'admin\')), CONSTRAINT "membership_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "membership_organization_id_idx" ON "membership"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "membership_account_organization_key" ON "membership"  ("account_id", "organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "period" text NOT NULL, "grain" text NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "version" integer NOT NULL, "status" text NOT NULL, "source" text NOT NULL, "attributed" boolean NOT NULL DEFAULT false, "idempotency_key" text, "content_checksum" text NOT NULL, "figure_count" integer NOT NULL, "submitted_by_account_id" uuid, "submitted_by_api_key_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reviewed_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_account_id" uuid, "review_note" text, CONSTRAINT "submission_version_check" CHECK (version >= 1), CONSTRAINT "submission_grain_check" CHECK (grain IN (\'month\', \'quarter\', \'half\', \'year\')), CONSTRAINT "submission_source_check" CHECK (source IN (\'api\', \'csv\', \'form\', \'dsa-import\', \'demo\')), CONSTRAINT "submission_status_check" CHECK (status IN (\'submitted\', \'accepted\', \'rejected\', \'superseded\')), CONSTRAINT "submission_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "submission_status_idx" ON "submission"  ("status") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "submission_organization_idempotency_key" ON "submission"  ("organization_id", "idempotency_key") WHERE idempotency_key IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "submission_organization_period_version_key" ON "submission"  ("organization_id", "period", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "observation" ("id" BIGSERIAL NOT NULL, "submission_id" uuid NOT NULL, "metric" text NOT NULL, "dimension_key" text NOT NULL, "hosting_country" text, "user_country" text, "content_type" text, "detection" text, "victim_age" text, "victim_sex" text, "site_type" text, "origin" text, "match" text, "takedown_hours" text, "repeat" text, "value" bigint NOT NULL, CONSTRAINT "observation_value_non_negative" CHECK (value >= 0), CONSTRAINT "observation_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "observation_metric_idx" ON "observation"  ("metric") ');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "observation_submission_metric_dimensions_key" ON "observation"  ("submission_id", "metric", "dimension_key") ',
    );
    await queryRunner.query(
      'ALTER TABLE "api_key" ADD CONSTRAINT "api_key_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_key" ADD CONSTRAINT "api_key_created_by_account_id_fkey" FOREIGN KEY ("created_by_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "membership_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" ADD CONSTRAINT "membership_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" ADD CONSTRAINT "submission_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" ADD CONSTRAINT "submission_submitted_by_account_id_fkey" FOREIGN KEY ("submitted_by_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" ADD CONSTRAINT "submission_submitted_by_api_key_id_fkey" FOREIGN KEY ("submitted_by_api_key_id") REFERENCES "api_key"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" ADD CONSTRAINT "submission_reviewed_by_account_id_fkey" FOREIGN KEY ("reviewed_by_account_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "observation" ADD CONSTRAINT "observation_submission_id_fkey" FOREIGN KEY ("submission_id") REFERENCES "submission"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Audit events are append-only: refuse UPDATE and DELETE in the database itself.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
      END;
    $$`);
    await queryRunner.query(
      'CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_event_append_only ON "audit_event"');
    await queryRunner.query('DROP FUNCTION audit_event_append_only()');
    await queryRunner.query(
      'ALTER TABLE "observation" DROP CONSTRAINT "observation_submission_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" DROP CONSTRAINT "submission_reviewed_by_account_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" DROP CONSTRAINT "submission_submitted_by_api_key_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" DROP CONSTRAINT "submission_submitted_by_account_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "submission" DROP CONSTRAINT "submission_organization_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" DROP CONSTRAINT "membership_organization_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "membership" DROP CONSTRAINT "membership_account_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "api_key" DROP CONSTRAINT "api_key_created_by_account_id_fkey"',
    );
    await queryRunner.query('ALTER TABLE "api_key" DROP CONSTRAINT "api_key_organization_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."observation_submission_metric_dimensions_key"');
    await queryRunner.query('DROP INDEX "public"."observation_metric_idx"');
    await queryRunner.query('DROP TABLE "observation"');
    await queryRunner.query('DROP INDEX "public"."submission_organization_period_version_key"');
    await queryRunner.query('DROP INDEX "public"."submission_organization_idempotency_key"');
    await queryRunner.query('DROP INDEX "public"."submission_status_idx"');
    await queryRunner.query('DROP TABLE "submission"');
    await queryRunner.query('DROP INDEX "public"."membership_account_organization_key"');
    await queryRunner.query('DROP INDEX "public"."membership_organization_id_idx"');
    await queryRunner.query('DROP TABLE "membership"');
    await queryRunner.query('DROP INDEX "public"."audit_event_entity_idx"');
    await queryRunner.query('DROP INDEX "public"."audit_event_hash_key"');
    await queryRunner.query('DROP TABLE "audit_event"');
    await queryRunner.query('DROP INDEX "public"."api_key_prefix_key"');
    await queryRunner.query('DROP INDEX "public"."api_key_organization_id_idx"');
    await queryRunner.query('DROP TABLE "api_key"');
    await queryRunner.query('DROP INDEX "public"."organization_slug_key"');
    await queryRunner.query('DROP TABLE "organization"');
    await queryRunner.query('DROP INDEX "public"."account_email_key"');
    await queryRunner.query('DROP TABLE "account"');
  }
}
