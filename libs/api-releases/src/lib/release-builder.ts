import { Inject, Injectable, Logger } from '@nestjs/common';
import { CANDOR_CONFIG, type CandorConfig } from '@candor/api-platform';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { METRICS, toPeriod } from '@candor/catalogue';
import {
  ReleaseCellEntity,
  OrganizationEntity,
  ReleaseEntity,
  ReleaseStatisticEntity,
  type ReleaseProgress,
} from '@candor/db';
import { canonicalCsv, sha256, type PublishedCell } from './canonical-csv';
import { queryContributions } from './contributions.query';
import { protectReleaseTables } from './disclosure';
import { ownStatistics, releaseStatistics } from './release-statistics';
import { buildReleaseTables } from './release-tables';
import { changelogAgainst } from './changelog';
import { changesSince } from './corrections.query';
import { addNoise } from './noise';
import { otherGrainReleases } from './other-grain-releases.query';
import { withTimeMargins } from './time-margins';

const INSERT_CHUNK = 2_000;

/**
 * Builds a release: aggregate accepted current versions, apply disclosure control, compute the
 * analytics from the published cells, write cells and statistics, checksum, changelog. Rebuilding
 * starts from scratch, so a retried job after a crash never leaves half a release; nothing is
 * visible until the status leaves `building`.
 */
@Injectable()
export class ReleaseBuilder {
  private readonly logger = new Logger('ReleaseBuilder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CANDOR_CONFIG) private readonly config: CandorConfig,
  ) {}

  async build(releaseId: string, options: { finalAttempt?: boolean } = {}): Promise<void> {
    const release = await this.dataSource.getRepository(ReleaseEntity).findOneBy({ id: releaseId });
    if (!release || release.status !== 'building') return;
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.delete(ReleaseStatisticEntity, { releaseId });
        await manager.delete(ReleaseCellEntity, { releaseId });
      });
      await this.progress(releaseId, { step: 'aggregate', percent: 10 });
      const range = {
        start: toPeriod(release.periodFrom).start,
        end: toPeriod(release.periodTo).end,
      };
      const organization = await this.organizationOf(release);
      const all = await queryContributions(this.dataSource.manager, range, release.granularity);
      // An organization's own release holds only the figures it marked for attributed publication.
      const contributions = organization
        ? all.filter((c) => c.organizationId === organization.id && c.attributed)
        : all;

      await this.progress(releaseId, { step: 'disclosure', percent: 30 });
      const ownTables = buildReleaseTables(contributions);
      const tables = organization
        ? ownTables
        : withTimeMargins(
            ownTables,
            release.granularity,
            { from: release.periodFrom, to: release.periodTo },
            await otherGrainReleases(this.dataSource.manager, release, [
              ...new Set(ownTables.map((t) => t.metric)),
            ]),
          );
      const rounding = this.config.roundingKey ? { key: this.config.roundingKey } : undefined;
      const protectedCells = protectReleaseTables(
        tables,
        release.options,
        release.series,
        rounding,
      );
      const noise = release.options.noise;
      const noisy = noise ? addNoise(protectedCells, noise.rho) : null;
      const cells = (noisy?.cells ?? protectedCells).filter(
        (c) => !organization || c.scope === organization.scope,
      );
      const options =
        noise && noisy
          ? { ...release.options, noise: { ...noise, metrics: noisy.metrics } }
          : release.options;

      await this.progress(releaseId, { step: 'analytics', percent: 70 });
      const statistics = organization
        ? ownStatistics(cells, contributions, organization.scope)
        : releaseStatistics(cells, contributions);

      await this.progress(releaseId, { step: 'write', percent: 85 });
      const changelog = await this.changelog(release, range, cells);
      await this.dataSource.transaction(async (manager) => {
        await this.insertCells(manager, releaseId, cells);
        for (let i = 0; i < statistics.length; i += INSERT_CHUNK) {
          await manager.save(
            statistics
              .slice(i, i + INSERT_CHUNK)
              .map((s) => manager.create(ReleaseStatisticEntity, { ...s, releaseId })),
          );
        }
        await manager.update(
          ReleaseEntity,
          { id: releaseId },
          {
            status: 'draft',
            progress: { step: 'done', percent: 100 },
            checksum: sha256(canonicalCsv(cells)),
            cellCount: cells.length,
            definitionVersions: Object.fromEntries(METRICS.map((m) => [m.code, m.version])),
            changelog,
            options,
            builtAt: new Date(),
            error: null,
          },
        );
      });
      // Thousands of new cells: fresh statistics keep the planner on the index each query needs.
      await this.dataSource.query('ANALYZE release_cell, release_statistic');
      this.logger.log(
        `Release ${releaseId} built: ${cells.length} cells, ${statistics.length} statistics`,
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Release ${releaseId} build failed: ${message}`);
      if (options.finalAttempt) {
        await this.dataSource
          .getRepository(ReleaseEntity)
          .update({ id: releaseId }, { status: 'failed', error: message });
      }
      throw error;
    }
  }

  /** The cells that differ from the previous published release, and why. */
  private async changelog(
    release: ReleaseEntity,
    range: { start: string; end: string },
    cells: readonly PublishedCell[],
  ) {
    if (!release.previousReleaseId) return [];
    const previous = await this.dataSource
      .getRepository(ReleaseEntity)
      .findOneBy({ id: release.previousReleaseId });
    if (!previous?.builtAt) return [];
    const previousCells = await this.dataSource
      .getRepository(ReleaseCellEntity)
      .findBy({ releaseId: previous.id });
    const redefinedMetrics = new Set(
      METRICS.filter((m) => previous.definitionVersions[m.code] !== m.version).map((m) => m.code),
    );
    const changedPeriods = await changesSince(
      this.dataSource.manager,
      previous.builtAt,
      range,
      release.granularity,
    );
    return changelogAgainst(previousCells, cells, { changedPeriods, redefinedMetrics });
  }

  /** The organization of an organization's own release, with the scope its cells carry. */
  private async organizationOf(
    release: ReleaseEntity,
  ): Promise<{ id: string; scope: string } | null> {
    if (!release.organizationId) return null;
    const organization = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOneByOrFail({ id: release.organizationId });
    return { id: organization.id, scope: `organization:${organization.slug}` };
  }

  private progress(releaseId: string, progress: ReleaseProgress): Promise<unknown> {
    return this.dataSource.getRepository(ReleaseEntity).update({ id: releaseId }, { progress });
  }

  private async insertCells(
    manager: EntityManager,
    releaseId: string,
    cells: readonly PublishedCell[],
  ): Promise<void> {
    for (let i = 0; i < cells.length; i += INSERT_CHUNK) {
      await manager.insert(
        ReleaseCellEntity,
        cells.slice(i, i + INSERT_CHUNK).map((c) => ({
          ...c,
          releaseId,
          suppression: c.suppression as ReleaseCellEntity['suppression'],
        })),
      );
    }
  }
}
