import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  parsePeriod,
  previousPeriod,
  toPeriod,
  validateDocument,
  type Figure,
  type RawDocument,
  type ValidationIssue,
} from '@candor/catalogue';
import {
  ObservationEntity,
  OrganizationEntity,
  SubmissionEntity,
  type SubmissionSource,
} from '@candor/db';
import { AuditService, type Actor } from '@candor/api-audit';
import { toFigure, toObservationRow } from './observation-rows';
import { submissionChecksum } from './submission-checksum';
import { SubmissionError } from './submission.errors';

export interface SubmitRequest {
  organizationId: string;
  document: RawDocument;
  source: SubmissionSource;
  actor: Actor;
  attributed?: boolean;
  idempotencyKey?: string;
  /** The clock for "has the period ended"; injectable for tests. */
  now?: Date;
}

export interface SubmitOutcome {
  ok: boolean;
  submission: SubmissionEntity | null;
  /** True when an idempotent re-send returned the existing submission. */
  replayed: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters (15 per row). */
const INSERT_CHUNK = 1_000;

@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Validates and stores one period's figures as the next version, in one transaction. The
   * organization row is locked first, so concurrent corrections get consecutive versions.
   * Validation failures are returned as data, and then nothing is written.
   */
  submit(request: SubmitRequest): Promise<SubmitOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await manager
        .getRepository(OrganizationEntity)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.id = :id', { id: request.organizationId })
        .getOne();
      if (!organization) {
        throw new SubmissionError(
          'ORGANIZATION_NOT_FOUND',
          `No organization with id ${request.organizationId}.`,
        );
      }
      if (organization.kind === 'network') {
        throw new SubmissionError(
          'ORGANIZATION_CANNOT_SUBMIT',
          'A network submits no figures of its own; its hotlines and companies do.',
        );
      }

      const now = request.now ?? new Date();
      const validation = validateDocument(request.document, {
        organizationKind: organization.kind,
        now,
        otherPeriods: await this.overlappingPeriods(
          manager,
          organization.id,
          request.document.period,
        ),
        previous: await this.previousFigures(manager, organization.id, request.document.period),
      });
      if (!validation.ok) {
        return {
          ok: false,
          submission: null,
          replayed: false,
          errors: validation.errors,
          warnings: validation.warnings,
        };
      }

      const period = toPeriod(request.document.period); // valid: validation passed
      const attributed = request.attributed ?? false;
      const checksum = submissionChecksum(period.code, attributed, validation.figures);

      if (request.idempotencyKey) {
        const earlier = await manager.findOneBy(SubmissionEntity, {
          organizationId: organization.id,
          idempotencyKey: request.idempotencyKey,
        });
        if (earlier) {
          if (earlier.contentChecksum !== checksum || earlier.period !== period.code) {
            throw new SubmissionError(
              'IDEMPOTENCY_CONFLICT',
              `Idempotency key "${request.idempotencyKey}" was already used for different figures (submission ${earlier.id}); send new figures with a new key.`,
            );
          }
          return {
            ok: true,
            submission: earlier,
            replayed: true,
            errors: [],
            warnings: validation.warnings,
          };
        }
      }

      const [{ max }] = await manager.query<{ max: number | null }[]>(
        'SELECT max(version) AS max FROM submission WHERE organization_id = $1 AND period = $2',
        [organization.id, period.code],
      );
      await manager.query(
        `UPDATE submission SET status = 'superseded' WHERE organization_id = $1 AND period = $2 AND status IN ('submitted', 'accepted')`,
        [organization.id, period.code],
      );
      const submission = await manager.save(
        manager.create(SubmissionEntity, {
          organizationId: organization.id,
          period: period.code,
          grain: period.grain,
          periodStart: period.start,
          periodEnd: period.end,
          version: (max ?? 0) + 1,
          status: 'submitted',
          source: request.source,
          attributed,
          idempotencyKey: request.idempotencyKey ?? null,
          contentChecksum: checksum,
          figureCount: validation.figures.length,
          submittedByAccountId: request.actor.accountId ?? null,
          submittedByApiKeyId: request.actor.apiKeyId ?? null,
        }),
      );
      await this.insertObservations(manager, submission.id, validation.figures);
      await this.audit.append(manager, request.actor, {
        action: 'submission.created',
        entityType: 'submission',
        entityId: submission.id,
        details: {
          organizationId: organization.id,
          period: period.code,
          version: submission.version,
          source: request.source,
          figures: validation.figures.length,
          checksum,
        },
      });
      return { ok: true, submission, replayed: false, errors: [], warnings: validation.warnings };
    });
  }

  /** Accepts or rejects a submitted version; only accepted current versions feed analytics. */
  review(
    submissionId: string,
    decision: 'accepted' | 'rejected',
    note: string | null,
    actor: Actor,
  ): Promise<SubmissionEntity> {
    return this.dataSource.transaction(async (manager) => {
      const submission = await manager
        .getRepository(SubmissionEntity)
        .createQueryBuilder('s')
        .setLock('pessimistic_write')
        .where('s.id = :id', { id: submissionId })
        .getOne();
      if (!submission)
        throw new SubmissionError('SUBMISSION_NOT_FOUND', `No submission with id ${submissionId}.`);
      if (submission.status !== 'submitted') {
        throw new SubmissionError(
          'NOT_REVIEWABLE',
          `Submission ${submissionId} is ${submission.status}; only submitted versions can be reviewed.`,
        );
      }
      submission.status = decision;
      submission.reviewedAt = new Date();
      submission.reviewedByAccountId = actor.accountId ?? null;
      submission.reviewNote = note;
      await manager.save(submission);
      await this.audit.append(manager, actor, {
        action: `submission.${decision}`,
        entityType: 'submission',
        entityId: submission.id,
        details: { note },
      });
      return submission;
    });
  }

  private async insertObservations(
    manager: EntityManager,
    submissionId: string,
    figures: readonly Figure[],
  ): Promise<void> {
    const rows = figures.map((figure) => toObservationRow(submissionId, figure));
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      await manager.insert(ObservationEntity, rows.slice(start, start + INSERT_CHUNK));
    }
  }

  /** Other live periods of this organization that overlap the submitted one, with their metrics. */
  private async overlappingPeriods(
    manager: EntityManager,
    organizationId: string,
    periodCode: string,
  ) {
    const period = parsePeriod(periodCode);
    if (!period) return [];
    const rows = await manager.query<{ period: string; metrics: string[] }[]>(
      `SELECT s.period, array_agg(DISTINCT o.metric) AS metrics
         FROM submission s JOIN observation o ON o.submission_id = s.id
        WHERE s.organization_id = $1 AND s.status IN ('submitted', 'accepted') AND s.period <> $2
          AND s.period_start < $4 AND s.period_end > $3
        GROUP BY s.period`,
      [organizationId, period.code, period.start, period.end],
    );
    return rows;
  }

  /** Accepted figures of the previous period of the same grain, for the soft rules. */
  private async previousFigures(
    manager: EntityManager,
    organizationId: string,
    periodCode: string,
  ): Promise<Figure[]> {
    if (!parsePeriod(periodCode)) return [];
    const observations = await manager
      .getRepository(ObservationEntity)
      .createQueryBuilder('o')
      .innerJoin(SubmissionEntity, 's', 's.id = o.submission_id')
      .where('s.organization_id = :organizationId AND s.period = :period AND s.status = :status', {
        organizationId,
        period: previousPeriod(periodCode),
        status: 'accepted',
      })
      .getMany();
    return observations.map(toFigure);
  }
}
