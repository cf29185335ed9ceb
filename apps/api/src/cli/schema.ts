// Prints the GraphQL schema the code defines and writes it to apps/api/schema.gql (`--write`) or
// fails when the committed file differs (`--check`, run by CI). Boots the app on a throw-away
// in-memory database so the schema is exactly what the server serves.
import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { loadConfig } from '@candor/api-platform';
import { startEmbeddedDatabase } from '@candor/db';
import { startApi } from '../app/start-api';

const SCHEMA_FILE = 'apps/api/schema.gql';

async function main(mode: string | undefined): Promise<number> {
  const embedded = await startEmbeddedDatabase({});
  const config = {
    ...loadConfig({ LOG_LEVEL: 'error' }),
    databaseUrl: embedded.url,
    demoData: 'off' as const,
  };
  const api = await startApi(config, { listen: false });
  try {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const sdl = `# Generated from the code-first resolvers by \`npm run schema:write\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(schema))}\n`;
    if (mode === '--write') {
      await writeFile(SCHEMA_FILE, sdl);
      console.log(`Wrote ${SCHEMA_FILE}`);
      return 0;
    }
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    if (committed === sdl) {
      console.log(`${SCHEMA_FILE} is up to date.`);
      return 0;
    }
    console.error(
      `Schema drift: ${SCHEMA_FILE} differs from the schema the code defines. Run \`npm run schema:write\` and commit it.`,
    );
    return 1;
  } finally {
    await api.close();
    await embedded.stop();
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(
      `Schema command failed: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
