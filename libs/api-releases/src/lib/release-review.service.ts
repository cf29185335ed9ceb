import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AnnotationEntity,
  ReleaseCellEntity,
  ReleaseEntity,
  ReleaseStatisticEntity,
} from '@candor/db';
import { AuditService, type Actor } from '@candor/api-audit';
import { annotationNotFound, validAnnotation } from './annotation-input';
import { ReleaseCacheGeneration } from './public-http/release-cache-generation';
import type { ReleaseCellsArgs } from './models/release-review.model';
import { releaseError } from './release.errors';
import { isUuid } from './uuid';

export const STATISTIC_KINDS = ['spike', 'level_shift', 'takedown', 'redistribution'] as const;

/**
 * What a network reviewer reads of any release before and after publishing it (cells as built,
 * their suppression reasons, the statistics), and the editing of the annotation log. Every
 * filter runs in SQL: a release has tens of thousands of cells.
 */
@Injectable()
export class ReleaseReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cacheGeneration: ReleaseCacheGeneration,
  ) {}

  /** Any release, drafts included; an unknown or malformed id is RELEASE_NOT_FOUND. */
  async release(id: string): Promise<ReleaseEntity> {
    const release = isUuid(id)
      ? await this.dataSource.getRepository(ReleaseEntity).findOneBy({ id })
      : null;
    if (!release) throw releaseError('RELEASE_NOT_FOUND', `No release with id ${id}.`);
    return release;
  }

  /** The published release this one was compared with when it was built, if any. */
  async previous(id: string): Promise<ReleaseEntity | null> {
    const release = await this.release(id);
    if (!release.previousReleaseId) return null;
    return this.dataSource
      .getRepository(ReleaseEntity)
      .findOneBy({ id: release.previousReleaseId });
  }

  async cells(args: ReleaseCellsArgs) {
    await this.release(args.releaseId);
    const query = this.dataSource
      .getRepository(ReleaseCellEntity)
      .createQueryBuilder('c')
      .where('c.releaseId = :releaseId', { releaseId: args.releaseId });
    if (args.metric) query.andWhere('c.metric = :metric', { metric: args.metric });
    if (args.scope) query.andWhere('c.scope = :scope', { scope: args.scope });
    if (args.dimension) query.andWhere('c.dimension = :dimension', { dimension: args.dimension });
    if (args.suppressedOnly) query.andWhere('c.suppression IS NOT NULL');
    const [cells, total] = await query
      .orderBy('c.metric', 'ASC')
      .addOrderBy('c.scope', 'ASC')
      .addOrderBy('c.dimension', 'ASC', 'NULLS FIRST')
      .addOrderBy('c.dimensionValue', 'ASC', 'NULLS FIRST')
      .addOrderBy('c.period', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .offset(args.offset)
      .limit(args.limit)
      .getManyAndCount();
    return { total, offset: args.offset, limit: args.limit, cells };
  }

  /** Distinct metrics, scopes and dimensions of a release's cells, for the preview's filters. */
  async facets(releaseId: string) {
    await this.release(releaseId);
    const distinct = async (column: 'metric' | 'scope' | 'dimension') => {
      const rows = await this.dataSource.query<{ value: string }[]>(
        `SELECT DISTINCT ${column} AS value FROM release_cell
          WHERE release_id = $1 AND ${column} IS NOT NULL ORDER BY 1`,
        [releaseId],
      );
      return rows.map((r) => r.value);
    };
    return {
      metrics: await distinct('metric'),
      scopes: await distinct('scope'),
      dimensions: await distinct('dimension'),
    };
  }

  async statistics(releaseId: string, kind: string | null): Promise<ReleaseStatisticEntity[]> {
    if (kind && !(STATISTIC_KINDS as readonly string[]).includes(kind))
      throw releaseError('BAD_USER_INPUT', `kind must be one of ${STATISTIC_KINDS.join(', ')}.`);
    await this.release(releaseId);
    return this.dataSource.getRepository(ReleaseStatisticEntity).find({
      where: { releaseId, ...(kind ? { kind } : {}) },
      order: { kind: 'ASC', metric: 'ASC', period: 'ASC', id: 'ASC' },
    });
  }

  async updateAnnotation(
    id: string,
    input: { period: string; text: string; metric: string | null },
    actor: Actor,
  ): Promise<AnnotationEntity> {
    const fields = validAnnotation(input.period, input.text, input.metric);
    const updated = await this.dataSource.transaction(async (manager) => {
      const annotation = await this.annotation(manager, id);
      const before = {
        period: annotation.period,
        metric: annotation.metric,
        text: annotation.text,
      };
      Object.assign(annotation, fields);
      await manager.save(annotation);
      await this.audit.append(manager, actor, {
        action: 'annotation.updated',
        entityType: 'annotation',
        entityId: id,
        details: { before },
      });
      return annotation;
    });
    // The public log changed: cached public answers that show it are stale.
    this.cacheGeneration.bump();
    return updated;
  }

  async deleteAnnotation(id: string, actor: Actor): Promise<string> {
    await this.dataSource.transaction(async (manager) => {
      const annotation = await this.annotation(manager, id);
      await manager.delete(AnnotationEntity, { id });
      // The note was public: the audit log keeps what it said.
      await this.audit.append(manager, actor, {
        action: 'annotation.deleted',
        entityType: 'annotation',
        entityId: id,
        details: { period: annotation.period, metric: annotation.metric, text: annotation.text },
      });
    });
    this.cacheGeneration.bump();
    return id;
  }

  private async annotation(manager: EntityManager, id: string): Promise<AnnotationEntity> {
    const found = isUuid(id)
      ? await manager
          .getRepository(AnnotationEntity)
          .createQueryBuilder('a')
          .setLock('pessimistic_write')
          .where('a.id = :id', { id })
          .getOne()
      : null;
    if (!found) throw annotationNotFound(id);
    return found;
  }
}
