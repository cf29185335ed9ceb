import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReleaseCellBreakdownIndex1795746328058 implements MigrationInterface {
  name = 'ReleaseCellBreakdownIndex1795746328058';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX "release_cell_breakdown_idx" ON "release_cell"  ("release_id", "metric", "scope", "dimension", "period") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."release_cell_breakdown_idx"');
  }
}
