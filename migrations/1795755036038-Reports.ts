import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reports1795755036038 implements MigrationInterface {
  name = 'Reports1795755036038';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "report" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series" text NOT NULL, "version" integer NOT NULL, "release_id" uuid NOT NULL, "scope" text NOT NULL, "language" text NOT NULL, "organization_id" uuid, "status" text NOT NULL, "title" text NOT NULL, "json" text NOT NULL, "csv" text NOT NULL, "json_sha256" text NOT NULL, "csv_sha256" text NOT NULL, "pdf" bytea, "pdf_sha256" text, "change_note" text, "changes" jsonb NOT NULL DEFAULT \'[]\', "previous_report_id" uuid, "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "approved_by_account_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "report_language_check" CHECK (language IN (\'en\', \'fr\', \'de\', \'es\')), CONSTRAINT "report_status_check" CHECK (status IN (\'awaiting_approval\', \'published\')), CONSTRAINT "report_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "report_organization_id_idx" ON "report"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "report_series_version_key" ON "report"  ("series", "version") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "report_definition_key" ON "report"  ("release_id", "scope", "language") ',
    );
    await queryRunner.query('ALTER TABLE "release" ADD "organization_id" uuid');
    await queryRunner.query(
      'CREATE INDEX "release_organization_id_idx" ON "release"  ("organization_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "release" ADD CONSTRAINT "release_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report" ADD CONSTRAINT "report_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "report" ADD CONSTRAINT "report_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "report" DROP CONSTRAINT "report_organization_id_fkey"');
    await queryRunner.query('ALTER TABLE "report" DROP CONSTRAINT "report_release_id_fkey"');
    await queryRunner.query('ALTER TABLE "release" DROP CONSTRAINT "release_organization_id_fkey"');
    await queryRunner.query('DROP INDEX "public"."release_organization_id_idx"');
    await queryRunner.query('ALTER TABLE "release" DROP COLUMN "organization_id"');
    await queryRunner.query('DROP INDEX "public"."report_definition_key"');
    await queryRunner.query('DROP INDEX "public"."report_series_version_key"');
    await queryRunner.query('DROP INDEX "public"."report_organization_id_idx"');
    await queryRunner.query('DROP TABLE "report"');
  }
}
