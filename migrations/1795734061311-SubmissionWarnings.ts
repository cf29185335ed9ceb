import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SubmissionWarnings1795734061311 implements MigrationInterface {
  name = 'SubmissionWarnings1795734061311';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "submission" ADD "warnings" jsonb NOT NULL DEFAULT \'[]\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "submission" DROP COLUMN "warnings"');
  }
}
