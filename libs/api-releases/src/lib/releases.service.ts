import { Inject, Injectable } from '@nestjs/common';
import { CANDOR_CONFIG, type CandorConfig } from '@candor/api-platform';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { parsePeriod } from '@candor/catalogue';
import { ReleaseEntity } from '@candor/db';
import { AuditService, type Actor } from '@candor/api-audit';
import type { CreateReleaseInput } from './create-release.input';
import { releaseError } from './release.errors';
import { ReleaseQueue } from './release-queue';
import { ReleaseBuilder } from './release-builder';

/** The p of the p% rule: a release parameter, not shown publicly (privacy.md). */
const DEFAULT_P = 15;
const MIN_CONTRIBUTORS = 3;

/** Creating, publishing and withdrawing releases (network reviewers). */
@Injectable()
export class ReleasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: ReleaseQueue,
    private readonly builder: ReleaseBuilder,
    private readonly audit: AuditService,
    @Inject(CANDOR_CONFIG) private readonly config: CandorConfig,
  ) {}

  /** Creates a draft and queues its build (`buildNow`: builds in this process, for the demo seed). */
  async create(
    input: CreateReleaseInput,
    actor: Actor,
    options: { buildNow?: boolean } = {},
  ): Promise<ReleaseEntity> {
    const from = parsePeriod(input.periodFrom);
    const to = parsePeriod(input.periodTo);
    if (!from || !to || from.grain !== input.granularity || to.grain !== input.granularity) {
      throw releaseError(
        'BAD_USER_INPUT',
        `periodFrom and periodTo must be ${input.granularity} periods such as ${input.granularity === 'month' ? '2026-03' : input.granularity === 'quarter' ? '2026-Q1' : '2026'}.`,
      );
    }
    if (input.roundingBase && !this.config.roundingKey) {
      throw releaseError(
        'BAD_USER_INPUT',
        'Rounding needs a secret key: the operator sets CANDOR_ROUNDING_KEY (32 characters or more) and keeps it fixed.',
      );
    }
    if (from.start > to.start)
      throw releaseError(
        'BAD_USER_INPUT',
        `periodFrom (${from.code}) comes after periodTo (${to.code}).`,
      );
    const series = `network-${input.granularity}`;
    const release = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [series]);
      const previous = await manager.findOne(ReleaseEntity, {
        where: { series, status: 'published' },
        order: { version: 'DESC' },
      });
      const [{ max }] = await manager.query<{ max: number | null }[]>(
        'SELECT max(version) AS max FROM release WHERE series = $1',
        [series],
      );
      const created = await manager.save(
        manager.create(ReleaseEntity, {
          series,
          version: (max ?? 0) + 1,
          title: input.title?.trim() || `Network figures ${from.code} to ${to.code}`,
          periodFrom: from.code,
          periodTo: to.code,
          granularity: input.granularity,
          options: {
            p: DEFAULT_P,
            minContributors: MIN_CONTRIBUTORS,
            roundingBase: input.roundingBase ?? null,
          },
          status: 'building',
          progress: { step: 'queued', percent: 0 },
          previousReleaseId: previous?.id ?? null,
          createdByAccountId: actor.accountId ?? null,
        }),
      );
      await this.audit.append(manager, actor, {
        action: 'release.created',
        entityType: 'release',
        entityId: created.id,
        details: { series, version: created.version },
      });
      return created;
    });
    if (options.buildNow) await this.builder.build(release.id, { finalAttempt: true });
    else await this.queue.enqueue(release.id);
    return release;
  }

  async publish(id: string, actor: Actor): Promise<ReleaseEntity> {
    return this.transition(id, actor, 'draft', 'published', { publishedAt: new Date() });
  }

  async withdraw(id: string, reason: string, actor: Actor): Promise<ReleaseEntity> {
    if (!reason.trim())
      throw releaseError(
        'REASON_REQUIRED',
        'Say why the release is withdrawn: the reason is published with it.',
      );
    return this.transition(id, actor, 'published', 'withdrawn', {
      withdrawnAt: new Date(),
      withdrawalReason: reason.trim(),
    });
  }

  get(id: string): Promise<ReleaseEntity | null> {
    return this.dataSource.getRepository(ReleaseEntity).findOneBy({ id });
  }

  list(): Promise<ReleaseEntity[]> {
    return this.dataSource
      .getRepository(ReleaseEntity)
      .find({ order: { createdAt: 'DESC' }, take: 200 });
  }

  private transition(
    id: string,
    actor: Actor,
    from: ReleaseEntity['status'],
    to: ReleaseEntity['status'],
    changes: Partial<ReleaseEntity>,
  ): Promise<ReleaseEntity> {
    return this.dataSource.transaction(async (manager) => {
      const release = await manager
        .getRepository(ReleaseEntity)
        .createQueryBuilder('r')
        .setLock('pessimistic_write')
        .where('r.id = :id', { id })
        .getOne();
      if (!release) throw releaseError('RELEASE_NOT_FOUND', `No release with id ${id}.`);
      if (release.status !== from)
        throw releaseError(
          'NOT_PUBLISHABLE',
          `Release ${release.series} v${release.version} is ${release.status}; only a ${from} release can become ${to}.`,
        );
      Object.assign(release, changes, { status: to });
      await manager.save(release);
      await this.audit.append(manager, actor, {
        action: `release.${to}`,
        entityType: 'release',
        entityId: id,
        details: { reason: changes.withdrawalReason ?? null },
      });
      return release;
    });
  }
}
