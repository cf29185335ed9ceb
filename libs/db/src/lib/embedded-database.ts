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

/** Extended-protocol messages that leave an exchange open until the client's Sync. */
const EXCHANGE_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
/** Messages that end an exchange: Sync, a simple Query, Terminate. */
const EXCHANGE_ENDS = new Set(['S', 'Q', 'X'].map((c) => c.charCodeAt(0)));

/**
 * The socket server runs one client's messages at a time and keeps a client's messages together
 * only inside a transaction. Outside one, two clients' Parse/Bind/Execute could interleave on the
 * single PGlite session ("unnamed prepared statement does not exist", or worse, one client's
 * parameters bound to another's statement). Reporting an open Parse … Sync exchange as "in a
 * transaction" makes the server's queue wait for the same client until its Sync.
 */
export function keepingExchangesTogether(db: PGlite): PGlite {
  let exchangeOpen = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === 'isInTransaction') return () => exchangeOpen || target.isInTransaction();
      if (property === 'execProtocolRawStream') {
        return async (message: Uint8Array, ...rest: unknown[]) => {
          const result = await (
            target.execProtocolRawStream as (m: Uint8Array, ...r: unknown[]) => Promise<unknown>
          )(message, ...rest);
          const type = message[0] ?? 0;
          if (EXCHANGE_ENDS.has(type)) exchangeOpen = false;
          else if (EXCHANGE_MESSAGES.has(type)) exchangeOpen = true;
          return result;
        };
      }
      if (property === 'exec') {
        // The server's own ROLLBACK for a client that left mid-exchange closes the exchange.
        return (...args: Parameters<PGlite['exec']>) => {
          exchangeOpen = false;
          return target.exec(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
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
    db: keepingExchangesTogether(db),
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
