import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /** `postgres://` URL of the in-process server, for the ordinary `pg` driver. */
  url: string;
  maxConnections: number;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) persisted in `dataDir` and serves it over the
 * PostgreSQL wire protocol on a loopback port, so TypeORM and `pg` work unchanged. The socket
 * server queues statements and keeps a transaction's statements together, so concurrent
 * requests are safe; a data folder may be opened by one process only.
 */
export async function startEmbeddedDatabase(options: {
  /** Folder the data persists in; omitted = in memory (tests, drift checks). */
  dataDir?: string;
  maxConnections?: number;
  port?: number;
}): Promise<EmbeddedDatabase> {
  const maxConnections = options.maxConnections ?? 10;
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections,
  });
  await server.start();
  const [, port] = server.getServerConn().split(':');
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    maxConnections,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
