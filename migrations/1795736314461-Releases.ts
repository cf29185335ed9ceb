import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Releases1795736314461 implements MigrationInterface {
  name = 'Releases1795736314461';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "release" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "series" text NOT NULL, "version" integer NOT NULL, "title" text NOT NULL, "period_from" text NOT NULL, "period_to" text NOT NULL, "granularity" text NOT NULL, "options" jsonb NOT NULL, "status" text NOT NULL, "progress" jsonb NOT NULL, "error" text, "definition_versions" jsonb NOT NULL DEFAULT \'{}\', "checksum" text, "cell_count" integer NOT NULL DEFAULT \'0\', "previous_release_id" uuid, "changelog" jsonb NOT NULL DEFAULT \'[]\', "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "built_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawal_reason" text, CONSTRAINT "release_granularity_check" CHECK (granularity IN (\'month\', \'quarter\', \'year\')), CONSTRAINT "release_status_check" CHECK (status IN (\'building\', \'draft\', \'failed\', \'published\', \'withdrawn\')), CONSTRAINT "release_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "release_series_version_key" ON "release"  ("series", "version") ',
    );
    await queryRunner.query(
      'CREATE TABLE "release_cell" ("id" BIGSERIAL NOT NULL, "release_id" uuid NOT NULL, "metric" text NOT NULL, "scope" text NOT NULL, "period" text NOT NULL, "dimension" text, "dimension_value" text, "value" bigint, "suppression" text, CONSTRAINT "release_cell_suppression_check" CHECK (suppression IN (\'contributors\', \'dominance\', \'small_count\', \'secondary\')), CONSTRAINT "release_cell_value_xor_suppression" CHECK ((value IS NULL) <> (suppression IS NULL)), CONSTRAINT "release_cell_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "release_cell_lookup_idx" ON "release_cell"  ("release_id", "metric", "scope", "dimension", "dimension_value", "period") ',
    );
    await queryRunner.query(
      'CREATE TABLE "release_statistic" ("id" BIGSERIAL NOT NULL, "release_id" uuid NOT NULL, "kind" text NOT NULL, "metric" text NOT NULL, "scope" text NOT NULL, "period" text, "data" jsonb NOT NULL, CONSTRAINT "release_statistic_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "release_statistic_lookup_idx" ON "release_statistic"  ("release_id", "kind", "metric", "scope") ',
    );
    await queryRunner.query(
      'CREATE TABLE "annotation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "metric" text, "period" text NOT NULL, "text" text NOT NULL, "created_by_account_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "annotation_pkey" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "annotation_period_idx" ON "annotation"  ("period") ');
    await queryRunner.query(
      'ALTER TABLE "release_cell" ADD CONSTRAINT "release_cell_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "release_statistic" ADD CONSTRAINT "release_statistic_release_id_fkey" FOREIGN KEY ("release_id") REFERENCES "release"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // A release never changes once built: its cells can be written only while it is building
    // (and cleared if the build failed).
    await queryRunner.query(`CREATE FUNCTION release_cell_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        release_status text;
      BEGIN
        SELECT status INTO release_status FROM release WHERE id = COALESCE(NEW.release_id, OLD.release_id);
        IF release_status IS DISTINCT FROM 'building' AND release_status IS DISTINCT FROM 'failed' THEN
          RAISE EXCEPTION 'release % is %: its cells are frozen', COALESCE(NEW.release_id, OLD.release_id), release_status;
        END IF;
        RETURN COALESCE(NEW, OLD);
      END;
    $$`);
    for (const table of ['release_cell', 'release_statistic']) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_frozen BEFORE INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION release_cell_frozen()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER release_statistic_frozen ON "release_statistic"');
    await queryRunner.query('DROP TRIGGER release_cell_frozen ON "release_cell"');
    await queryRunner.query('DROP FUNCTION release_cell_frozen()');
    await queryRunner.query(
      'ALTER TABLE "release_statistic" DROP CONSTRAINT "release_statistic_release_id_fkey"',
    );
    await queryRunner.query(
      'ALTER TABLE "release_cell" DROP CONSTRAINT "release_cell_release_id_fkey"',
    );
    await queryRunner.query('DROP INDEX "public"."annotation_period_idx"');
    await queryRunner.query('DROP TABLE "annotation"');
    await queryRunner.query('DROP INDEX "public"."release_statistic_lookup_idx"');
    await queryRunner.query('DROP TABLE "release_statistic"');
    await queryRunner.query('DROP INDEX "public"."release_cell_lookup_idx"');
    await queryRunner.query('DROP TABLE "release_cell"');
    await queryRunner.query('DROP INDEX "public"."release_series_version_key"');
    await queryRunner.query('DROP TABLE "release"');
  }
}
