// Migration commands: `run` applies pending migrations; `generate <Name>` writes a migration for
// the difference between entities and a freshly migrated database; `check` fails on that drift.
// Without DATABASE_URL they work on a throw-away in-memory embedded database.
import { writeFile } from 'node:fs/promises';
import {
  diffSchema,
  runMigrations,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from '@candor/db';

async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const configured = process.env['DATABASE_URL'];
  let embedded: EmbeddedDatabase | undefined;
  const url = configured || (embedded = await startEmbeddedDatabase({})).url;
  try {
    return await work(url);
  } finally {
    await embedded?.stop();
  }
}

function migrationSource(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) =>
    queries.map((q) => `    await queryRunner.query(${JSON.stringify(q)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function main(command: string | undefined, name: string | undefined): Promise<number> {
  switch (command) {
    case 'run':
      return withDatabase(async (url) => {
        const applied = await runMigrations(url);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
        return 0;
      });
    case 'check':
      return withDatabase(async (url) => {
        await runMigrations(url);
        const diff = await diffSchema(url);
        if (diff.up.length === 0) {
          console.log('Migrations match the entities: no schema drift.');
          return 0;
        }
        console.error(
          'Schema drift: the entities differ from the migrations. migration:generate would add:',
        );
        for (const query of diff.up) console.error(`  ${query}`);
        return 1;
      });
    case 'generate': {
      if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
        console.error('Usage: migration:generate <PascalCaseName>');
        return 2;
      }
      return withDatabase(async (url) => {
        await runMigrations(url);
        const diff = await diffSchema(url);
        if (diff.up.length === 0) {
          console.log('No changes: nothing to generate.');
          return 0;
        }
        const timestamp = Date.now();
        const className = `${name}${timestamp}`;
        const file = `migrations/${timestamp}-${name}.ts`;
        await writeFile(file, migrationSource(className, diff.up, diff.down));
        console.log(`Wrote ${file}; review it, then add ${className} to migrations/index.ts.`);
        return 0;
      });
    }
    default:
      console.error('Usage: migrations.js run | check | generate <Name>');
      return 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Migration command failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
