import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
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
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not guard its folder, and two processes writing one folder corrupt it: claim it
 * with `<dataDir>.lock` holding our pid. A lock left by a process that no longer runs is taken over.
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  try {
    await writeFile(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number((await readFile(lockFile, 'utf8')).trim());
    if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
      throw new Error(`the data folder is in use by process ${holder} (lock file ${lockFile})`);
    }
    await writeFile(lockFile, String(process.pid));
  }
  return () => rm(lockFile, { force: true });
}

export async function startEmbeddedDatabase(options: {
  /** Folder the data persists in; omitted = in memory (tests, drift checks). */
  dataDir?: string;
  maxConnections?: number;
  port?: number;
}): Promise<EmbeddedDatabase> {
  const maxConnections = options.maxConnections ?? 10;
  let unlock = async () => undefined as void;
  if (options.dataDir) {
    await mkdir(options.dataDir, { recursive: true });
    unlock = await lockDataDir(options.dataDir);
  }
  const db = await PGlite.create(options.dataDir).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
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
      await unlock();
    },
  };
}
