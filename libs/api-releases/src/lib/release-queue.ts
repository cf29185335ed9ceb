import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DATABASE_TARGET, type DatabaseTarget } from '@candor/api-platform';
import { ReleaseBuilder } from './release-builder';

export const RELEASE_BUILD_QUEUE = 'release-build';
/** Connections the job queue holds, besides the app's TypeORM pool. */
export const JOB_QUEUE_CONNECTIONS = 2;

/**
 * Release builds run as jobs on a PostgreSQL-backed queue (pg-boss), so several API instances
 * share the work and a build survives the instance that asked for it: a job whose worker dies
 * expires and is retried; after the last retry the release is marked failed.
 */
@Injectable()
export class ReleaseQueue implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ReleaseQueue');
  private readonly boss: PgBoss;

  constructor(
    @Inject(DATABASE_TARGET) database: DatabaseTarget,
    private readonly builder: ReleaseBuilder,
  ) {
    this.boss = new PgBoss({
      connectionString: database.url,
      max: JOB_QUEUE_CONNECTIONS,
      application_name: 'candor-jobs',
    });
    this.boss.on('error', (error) => this.logger.error(`Job queue: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(RELEASE_BUILD_QUEUE, {
      name: RELEASE_BUILD_QUEUE,
      retryLimit: 2,
      retryDelay: 5,
      expireInSeconds: 15 * 60,
    });
    await this.boss.work<{ releaseId: string }>(
      RELEASE_BUILD_QUEUE,
      { pollingIntervalSeconds: 1, includeMetadata: true },
      async ([job]) => {
        if (!job) return;
        await this.builder.build(job.data.releaseId, {
          finalAttempt: job.retryCount >= job.retryLimit,
        });
      },
    );
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  async enqueue(releaseId: string): Promise<void> {
    await this.boss.send(RELEASE_BUILD_QUEUE, { releaseId }, { singletonKey: releaseId });
  }
}
