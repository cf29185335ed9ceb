import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource } from 'typeorm';
import {
  AnnotationEntity,
  ReleaseCellEntity,
  ReleaseEntity,
  ReleaseStatisticEntity,
} from '@candor/db';
import { releaseError } from './release.errors';
import { isUuid } from './uuid';

const PUBLIC_STATUSES: ReleaseEntity['status'][] = ['published', 'withdrawn'];

export interface SeriesQuery {
  metric: string;
  scope: string;
  dimension?: string | null;
  dimensionValue?: string | null;
  from?: string | null;
  to?: string | null;
}

/**
 * Everything the public may read: published (and withdrawn, with their reason) releases and their
 * frozen cells and statistics. Nothing here touches submissions.
 */
@Injectable()
export class PublicReleasesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<ReleaseEntity[]> {
    return this.dataSource.getRepository(ReleaseEntity).find({
      // The network's releases; an organization's own releases are read through its reports.
      where: { status: In(PUBLIC_STATUSES), organizationId: IsNull() },
      order: { publishedAt: 'DESC' },
    });
  }

  async get(id: string): Promise<ReleaseEntity> {
    const release = !isUuid(id)
      ? null
      : await this.dataSource
          .getRepository(ReleaseEntity)
          .findOneBy({ id, status: In(PUBLIC_STATUSES) });
    if (!release) throw releaseError('RELEASE_NOT_FOUND', `No published release with id ${id}.`);
    return release;
  }

  latest(granularity?: string | null): Promise<ReleaseEntity | null> {
    return this.dataSource.getRepository(ReleaseEntity).findOne({
      where: {
        status: 'published',
        organizationId: IsNull(),
        ...(granularity ? { granularity: granularity as ReleaseEntity['granularity'] } : {}),
      },
      order: { publishedAt: 'DESC' },
    });
  }

  /**
   * The release a public query reads: the one asked for (published), else the latest published of
   * the granularity (monthly when none is given).
   */
  async resolve(
    releaseId: string | null | undefined,
    granularity?: string | null,
  ): Promise<ReleaseEntity> {
    if (releaseId) return this.get(releaseId);
    granularity ??= 'month';
    const latest = await this.latest(granularity);
    if (!latest)
      throw releaseError(
        'RELEASE_NOT_FOUND',
        `No release${granularity ? ` by ${granularity}` : ''} has been published yet.`,
      );
    return latest;
  }

  async series(release: ReleaseEntity, query: SeriesQuery) {
    const cells = await this.dataSource
      .getRepository(ReleaseCellEntity)
      .createQueryBuilder('c')
      .where('c.release_id = :releaseId AND c.metric = :metric AND c.scope = :scope', {
        releaseId: release.id,
        metric: query.metric,
        scope: query.scope,
      })
      .andWhere(
        query.dimension
          ? 'c.dimension = :dimension AND c.dimension_value = :value'
          : 'c.dimension IS NULL',
        {
          dimension: query.dimension,
          value: query.dimensionValue,
        },
      )
      .orderBy('c.period', 'ASC')
      .getMany();
    const inRange = cells.filter(
      (c) => (!query.from || c.period >= query.from) && (!query.to || c.period <= query.to),
    );
    const flags = query.dimension
      ? []
      : await this.dataSource.getRepository(ReleaseStatisticEntity).findBy({
          releaseId: release.id,
          metric: query.metric,
          scope: query.scope,
          kind: In(['spike', 'level_shift']),
        });
    return inRange.map((c) => ({
      period: c.period,
      value: c.value,
      suppression: c.suppression,
      flags: flags.filter((f) => f.period === c.period).map((f) => f.data),
    }));
  }

  breakdown(
    release: ReleaseEntity,
    metric: string,
    dimension: string,
    period: string,
    scope: string,
  ) {
    return this.dataSource
      .getRepository(ReleaseCellEntity)
      .find({
        where: { releaseId: release.id, metric, dimension, period, scope },
        order: { dimensionValue: 'ASC' },
      })
      .then((cells) =>
        cells.map((c) => ({
          value: c.dimensionValue as string,
          count: c.value,
          suppression: c.suppression,
        })),
      );
  }

  statistics(
    release: ReleaseEntity,
    kind: string,
    from?: string | null,
    to?: string | null,
    scope?: string | null,
  ) {
    return this.dataSource
      .getRepository(ReleaseStatisticEntity)
      .find({
        where: { releaseId: release.id, kind, ...(scope ? { scope } : {}) },
        order: { period: 'ASC', metric: 'ASC' },
      })
      .then((rows) =>
        rows.filter((r) => !r.period || ((!from || r.period >= from) && (!to || r.period <= to))),
      );
  }

  /** Spike and level-shift flags, newest period first. */
  flags(
    release: ReleaseEntity,
    filter: { metric: string | null; scope: string | null; limit: number },
  ): Promise<ReleaseStatisticEntity[]> {
    return this.dataSource.getRepository(ReleaseStatisticEntity).find({
      where: {
        releaseId: release.id,
        kind: In(['spike', 'level_shift']),
        ...(filter.metric ? { metric: filter.metric } : {}),
        ...(filter.scope ? { scope: filter.scope } : {}),
      },
      order: { period: 'DESC', metric: 'ASC', id: 'ASC' },
      take: filter.limit,
    });
  }

  annotations(metric?: string | null): Promise<AnnotationEntity[]> {
    return this.dataSource
      .getRepository(AnnotationEntity)
      .find({ order: { period: 'ASC' } })
      .then((rows) => rows.filter((a) => !metric || !a.metric || a.metric === metric));
  }
}
