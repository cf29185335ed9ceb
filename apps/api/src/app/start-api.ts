import { createServer } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import cookieParser from 'cookie-parser';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { runMigrations, startEmbeddedDatabase, type EmbeddedDatabase } from '@candor/db';
import {
  createLogger,
  redactDatabaseUrl,
  type CandorConfig,
  type DatabaseTarget,
} from '@candor/api-platform';
import { DemoSeeder, type SeedReport } from '@candor/api-submissions';
import { AppModule } from './app.module';
import { JOB_QUEUE_CONNECTIONS, publishDemoRelease, ReleasesService } from '@candor/api-releases';
import { DataSource } from 'typeorm';
import { configureBodyParsing } from './body-parsing';

/** A start-up failure with a message that is the whole story: printed as one line. */
export class StartupError extends Error {
  override name = 'StartupError';
}

export interface RunningApi {
  app: INestApplication;
  /** Base URL, e.g. http://127.0.0.1:3000, when listening. */
  url: string | null;
  database: DatabaseTarget;
  seed: SeedReport | null;
  close(): Promise<void>;
}

async function openDatabase(
  config: CandorConfig,
): Promise<{ target: DatabaseTarget; embedded?: EmbeddedDatabase }> {
  if (config.databaseUrl) {
    return { target: { url: config.databaseUrl, mode: 'server', poolSize: 10 } };
  }
  try {
    const embedded = await startEmbeddedDatabase({ dataDir: config.dataDir });
    return {
      target: {
        url: embedded.url,
        mode: 'embedded', // The job queue keeps its own connections: the pools together stay within the socket server's limit.
        poolSize: embedded.maxConnections - JOB_QUEUE_CONNECTIONS,
      },
      embedded,
    };
  } catch (error) {
    throw new StartupError(
      `Cannot open the embedded database in ${config.dataDir}: ${messageOf(error)}`,
    );
  }
}

const portInUse = (port: number) =>
  new StartupError(
    `API_PORT ${port} is already in use: stop the other process or set API_PORT to a free port.`,
  );

/** Fails before any work is done when the port is taken (Nest would log its own stack trace). */
function assertPortFree(port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? portInUse(port)
            : new StartupError(`Cannot listen on API_PORT ${port}: ${error.message}`),
        ),
      )
      .once('listening', () => probe.close(() => resolve()))
      .listen(port);
  });
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length) return messageOf(error.errors[0]);
  return error instanceof Error ? error.message || error.name : String(error);
}

/**
 * Opens the database (server or embedded), applies migrations before anything is served, builds
 * the Nest app, seeds demo data into an empty database, and listens on API_PORT.
 */
export async function startApi(
  config: CandorConfig,
  options: { listen?: boolean } = {},
): Promise<RunningApi> {
  const logger = createLogger(config);
  if (options.listen !== false) await assertPortFree(config.apiPort);
  const { target, embedded } = await openDatabase(config);
  const where =
    target.mode === 'server'
      ? `PostgreSQL at ${redactDatabaseUrl(target.url)}`
      : `the embedded database in ${config.dataDir}`;
  let app: NestExpressApplication | undefined;
  try {
    try {
      const applied = await runMigrations(target.url);
      if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`, 'Database');
    } catch (error) {
      throw new StartupError(`Cannot connect to or migrate ${where}: ${messageOf(error)}`);
    }
    app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, target), {
      logger,
      abortOnError: false,
      bodyParser: false,
    });
    configureBodyParsing(app, config.maxUploadBytes);
    app.disable('x-powered-by');
    app.use(cookieParser());
    app.enableShutdownHooks();
    await app.init();

    const seed = config.demoData === 'auto' ? await app.get(DemoSeeder).seedIfEmpty() : null;
    if (seed?.seeded) {
      logger.log(
        `Seeded demo data: ${seed.organizations} organizations, ${seed.submissions} submissions, ${seed.observations} figures in ${(seed.durationMs / 1000).toFixed(1)} s`,
        'DemoSeeder',
      );
      const releaseId = await publishDemoRelease(app.get(DataSource), app.get(ReleasesService));
      if (releaseId) logger.log(`Published the demo release ${releaseId}`, 'DemoSeeder');
    }

    let url: string | null = null;
    if (options.listen !== false) {
      try {
        await app.listen(config.apiPort);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw code === 'EADDRINUSE'
          ? portInUse(config.apiPort)
          : new StartupError(`Cannot listen on API_PORT ${config.apiPort}: ${messageOf(error)}`);
      }
      const address = app.getHttpServer().address() as { port: number } | null;
      url = `http://127.0.0.1:${address?.port ?? config.apiPort}`;
      logger.log(`Listening on ${url}/graphql (database: ${target.mode})`, 'Candor');
    }
    const running = app;
    return {
      app: running,
      url,
      database: target,
      seed,
      async close() {
        await running.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
