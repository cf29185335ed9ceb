import { Inject, Injectable } from '@nestjs/common';
import { CANDOR_CONFIG, type CandorConfig } from '@candor/api-platform';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { parsePeriod } from '@candor/catalogue';
import { OrganizationEntity, ReleaseEntity, type ReleaseNoise } from '@candor/db';
import {
  BudgetExceededError,
  createBudget,
  recordSpend,
  spentRho,
  zcdpToDp,
} from '@candor/privacy';
import { AuditService, type Actor } from '@candor/api-audit';
import type { CreateReleaseInput } from './create-release.input';
import { releaseError } from './release.errors';
import { isUuid } from './uuid';
import { ReleaseQueue } from './release-queue';
import { ReleaseBuilder } from './release-builder';
import { ReleaseCacheGeneration } from './public-http/release-cache-generation';

/** The p of the p% rule: a release parameter, not shown publicly (privacy.md). */
const DEFAULT_P = 15;
const MIN_CONTRIBUTORS = 3;
/** δ at which a noisy release's ε is reported. */
const REPORTED_DELTA = 1e-6;

/** Creating, publishing and withdrawing releases (network reviewers). */
@Injectable()
export class ReleasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: ReleaseQueue,
    private readonly builder: ReleaseBuilder,
    private readonly audit: AuditService,
    @Inject(CANDOR_CONFIG) private readonly config: CandorConfig,
    private readonly cacheGeneration: ReleaseCacheGeneration,
  ) {}

  /** Creates a draft and queues its build (`buildNow`: builds in this process, for the demo seed). */
  async create(
    input: CreateReleaseInput,
    actor: Actor,
    options: { buildNow?: boolean; organization?: OrganizationEntity } = {},
  ): Promise<ReleaseEntity> {
    const owner = options.organization;
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
    if (input.noiseRho && input.granularity !== 'month')
      throw releaseError(
        'BAD_USER_INPUT',
        'Noise is drawn on monthly releases only: quarterly and yearly figures must be sums of noisy months, never drawn afresh.',
      );
    if (input.noiseRho && input.roundingBase)
      throw releaseError(
        'BAD_USER_INPUT',
        'Choose rounding or noise, not both: noise already hides exact counts.',
      );
    if (from.start > to.start)
      throw releaseError(
        'BAD_USER_INPUT',
        `periodFrom (${from.code}) comes after periodTo (${to.code}).`,
      );
    if (owner && (input.noiseRho || input.roundingBase))
      throw releaseError(
        'BAD_USER_INPUT',
        'An organization publishes its own figures exactly: no rounding or noise.',
      );
    const series = owner
      ? `organization-${owner.slug}-${input.granularity}`
      : `network-${input.granularity}`;
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
      const noise = input.noiseRho ? await this.spendBudget(manager, series, input.noiseRho) : null;
      const created = await manager.save(
        manager.create(ReleaseEntity, {
          series,
          version: (max ?? 0) + 1,
          organizationId: owner?.id ?? null,
          title:
            input.title?.trim() ||
            `${owner ? `${owner.name}: own figures` : 'Network figures'} ${from.code} to ${to.code}`,
          periodFrom: from.code,
          periodTo: to.code,
          granularity: input.granularity,
          options: {
            p: DEFAULT_P,
            minContributors: MIN_CONTRIBUTORS,
            roundingBase: input.roundingBase ?? null,
            noise,
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

  async get(id: string): Promise<ReleaseEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(ReleaseEntity).findOneBy({ id });
  }

  list(): Promise<ReleaseEntity[]> {
    return this.dataSource
      .getRepository(ReleaseEntity)
      .find({ order: { createdAt: 'DESC' }, take: 200 });
  }

  /**
   * Records a noisy release's ρ against its series' budget (zCDP: spends add up across releases;
   * failed builds never drew noise, so they do not count). Runs under the series lock.
   */
  private async spendBudget(
    manager: EntityManager,
    series: string,
    rho: number,
  ): Promise<ReleaseNoise> {
    const spends = await manager.query<{ version: number; rho: number }[]>(
      `SELECT version, (options -> 'noise' ->> 'rho')::float8 AS rho FROM release
        WHERE series = $1 AND status <> 'failed' AND options -> 'noise' ->> 'rho' IS NOT NULL`,
      [series],
    );
    let budget = createBudget(series, this.config.privacyBudgetRho);
    for (const spend of spends)
      budget = recordSpend(budget, {
        release: `v${spend.version}`,
        description: 'noise',
        rho: spend.rho,
      });
    try {
      budget = recordSpend(budget, { release: 'new', description: 'noise', rho });
    } catch (error) {
      if (!(error instanceof BudgetExceededError)) throw error;
      throw releaseError(
        'PRIVACY_BUDGET_EXCEEDED',
        `The ${series} series has spent ρ ${(budget.limit - error.remaining).toFixed(3)} of its privacy budget ρ ${budget.limit}; ρ ${rho} would exceed it (${error.remaining.toFixed(3)} left). Use less noise budget or no noise.`,
      );
    }
    return {
      mechanism: 'discrete_gaussian',
      rho,
      seriesSpentRho: spentRho(budget),
      seriesLimitRho: budget.limit,
      epsilon: zcdpToDp(rho, REPORTED_DELTA),
      delta: REPORTED_DELTA,
      metrics: [],
    };
  }

  private async transition(
    id: string,
    actor: Actor,
    from: ReleaseEntity['status'],
    to: ReleaseEntity['status'],
    changes: Partial<ReleaseEntity>,
  ): Promise<ReleaseEntity> {
    if (!isUuid(id)) throw releaseError('RELEASE_NOT_FOUND', `No release with id ${id}.`);
    const changed = await this.dataSource.transaction(async (manager) => {
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
    // After the commit: cached public answers about "the latest release" are stale now.
    this.cacheGeneration.bump();
    return changed;
  }
}
