import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  toPeriod,
  validateDocument,
  type RawDocument,
  type ValidationIssue,
} from '@candor/catalogue';
import { OrganizationEntity, SubmissionEntity, type SubmissionSource } from '@candor/db';
import { AuditService, type Actor } from '@candor/api-audit';
import { insertObservationRows, toObservationRow } from './observation-rows';
import { overlappingPeriods, previousFigures } from './submission-context.query';
import { submissionChecksum } from './submission-checksum';
import { SubmissionError } from './submission.errors';

export interface SubmitDocumentsRequest {
  organizationId: string;
  /** One document per period; a file with several periods is accepted or rejected as a whole. */
  documents: RawDocument[];
  source: SubmissionSource;
  actor: Actor;
  attributed?: boolean;
  idempotencyKey?: string;
  /** Validate only: the same report, nothing stored. */
  dryRun?: boolean;
  /** The clock for "has the period ended"; injectable for tests. */
  now?: Date;
}

export interface SubmissionReport {
  ok: boolean;
  submissions: SubmissionEntity[];
  /** True when an idempotent re-send returned the existing submissions. */
  replayed: boolean;
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

export type SubmitRequest = Omit<SubmitDocumentsRequest, 'documents' | 'dryRun'> & {
  document: RawDocument;
};
export interface SubmitOutcome extends Omit<SubmissionReport, 'submissions'> {
  submission: SubmissionEntity | null;
}

interface PreparedDocument {
  period: ReturnType<typeof toPeriod>;
  warnings: ValidationIssue[];
  figures: ReturnType<typeof validateDocument>['figures'];
  checksum: string;
  idempotencyKey: string | null;
}

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters (15 per row). */

@Injectable()
export class SubmissionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** One period's figures; see `submitDocuments`. */
  async submit(request: SubmitRequest): Promise<SubmitOutcome> {
    const { document, ...rest } = request;
    const report = await this.submitDocuments({ ...rest, documents: [document] });
    return {
      ok: report.ok,
      submission: report.submissions[0] ?? null,
      replayed: report.replayed,
      errors: report.errors,
      warnings: report.warnings,
    };
  }

  /**
   * Validates every document and stores each as the next version of its period, all in one
   * transaction. The organization row is locked first, so concurrent corrections get consecutive
   * versions. Validation failures come back as data, and then nothing is written.
   */
  submitDocuments(request: SubmitDocumentsRequest): Promise<SubmissionReport> {
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.lockOrganization(manager, request.organizationId);
      const now = request.now ?? new Date();
      const attributed = request.attributed ?? false;
      const errors: ValidationIssue[] = [];
      const warnings: ValidationIssue[] = [];
      const prepared: PreparedDocument[] = [];

      if (request.documents.length === 0) {
        errors.push({
          code: 'EMPTY_SUBMISSION',
          message: 'The submission holds no figures: add at least one figure for a period.',
        });
      }
      const periodsInFile = request.documents.map((d) => d.period);
      // Each document's metrics once, for the overlap checks of the others.
      const metricsByDocument = request.documents.map((d) => ({
        period: d.period,
        metrics: [...new Set(d.figures.map((f) => f.metric))],
      }));
      for (const [index, document] of request.documents.entries()) {
        if (periodsInFile.indexOf(document.period) !== index) {
          errors.push({
            column: 'period',
            code: 'PERIOD_NOT_ALLOWED',
            period: document.period,
            message: `Period ${document.period} appears twice: send each period once.`,
          });
          continue;
        }
        const inSameFile = metricsByDocument.filter((_, other) => other !== index);
        const result = validateDocument(document, {
          organizationKind: organization.kind as 'hotline' | 'company',
          now,
          otherPeriods: [
            ...(await overlappingPeriods(manager, organization.id, document.period)),
            ...inSameFile,
          ],
          previous: await previousFigures(manager, organization.id, document.period),
        });
        errors.push(...result.errors);
        warnings.push(...result.warnings);
        if (result.ok) {
          const period = toPeriod(document.period);
          prepared.push({
            period,
            warnings: result.warnings,
            figures: result.figures,
            checksum: submissionChecksum(period.code, attributed, result.figures),
            idempotencyKey: request.idempotencyKey
              ? request.documents.length > 1
                ? `${request.idempotencyKey}#${period.code}`
                : request.idempotencyKey
              : null,
          });
        }
      }
      if (errors.length > 0 || request.dryRun) {
        return { ok: errors.length === 0, submissions: [], replayed: false, errors, warnings };
      }

      const replay = await this.findReplay(
        manager,
        organization.id,
        request.idempotencyKey,
        prepared,
      );
      if (replay) return { ok: true, submissions: replay, replayed: true, errors: [], warnings };

      const submissions: SubmissionEntity[] = [];
      for (const document of prepared) {
        submissions.push(await this.writeVersion(manager, organization.id, document, request));
      }
      return { ok: true, submissions, replayed: false, errors: [], warnings };
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
          `This version is ${submission.status}; only a submitted version can be reviewed.`,
        );
      }
      if (decision === 'rejected' && !note?.trim()) {
        throw new SubmissionError(
          'REASON_REQUIRED',
          'Give a reason when rejecting: the submitter sees it.',
        );
      }
      submission.status = decision;
      submission.reviewedAt = new Date();
      submission.reviewedByAccountId = actor.accountId ?? null;
      submission.reviewNote = note?.trim() || null;
      await manager.save(submission);
      await this.audit.append(manager, actor, {
        action: `submission.${decision}`,
        entityType: 'submission',
        entityId: submission.id,
        details: { note: submission.reviewNote },
      });
      return submission;
    });
  }

  private async lockOrganization(
    manager: EntityManager,
    organizationId: string,
  ): Promise<OrganizationEntity> {
    const organization = await manager
      .getRepository(OrganizationEntity)
      .createQueryBuilder('o')
      .setLock('pessimistic_write')
      .where('o.id = :id', { id: organizationId })
      .getOne();
    if (!organization)
      throw new SubmissionError(
        'ORGANIZATION_NOT_FOUND',
        `No organization with id ${organizationId}.`,
      );
    if (organization.kind === 'network') {
      throw new SubmissionError(
        'ORGANIZATION_CANNOT_SUBMIT',
        'A network submits no figures of its own; its hotlines and companies do.',
      );
    }
    return organization;
  }

  /**
   * Same idempotency key and same content → the submissions stored the first time. The same key
   * with other content is a conflict: the client reused a key for a different upload.
   */
  private async findReplay(
    manager: EntityManager,
    organizationId: string,
    key: string | undefined,
    prepared: PreparedDocument[],
  ): Promise<SubmissionEntity[] | null> {
    if (!key) return null;
    const earlier = await manager
      .getRepository(SubmissionEntity)
      .createQueryBuilder('s')
      .where('s.organization_id = :organizationId', { organizationId })
      .andWhere('(s.idempotency_key = :key OR s.idempotency_key LIKE :prefix)', {
        key,
        prefix: `${key.replace(/[\\%_]/g, '\\$&')}#%`,
      })
      .getMany();
    if (earlier.length === 0) return null;
    const byKey = new Map(earlier.map((s) => [s.idempotencyKey, s]));
    const same =
      earlier.length === prepared.length &&
      prepared.every(
        (d) =>
          byKey.get(d.idempotencyKey)?.contentChecksum === d.checksum &&
          byKey.get(d.idempotencyKey)?.period === d.period.code,
      );
    if (!same) {
      throw new SubmissionError(
        'IDEMPOTENCY_CONFLICT',
        `Idempotency key "${key}" was already used for different figures; send new figures with a new key.`,
      );
    }
    return prepared.map((d) => byKey.get(d.idempotencyKey) as SubmissionEntity);
  }

  private async writeVersion(
    manager: EntityManager,
    organizationId: string,
    document: PreparedDocument,
    request: SubmitDocumentsRequest,
  ): Promise<SubmissionEntity> {
    const { period, figures, checksum } = document;
    const [{ max }] = await manager.query<{ max: number | null }[]>(
      'SELECT max(version) AS max FROM submission WHERE organization_id = $1 AND period = $2',
      [organizationId, period.code],
    );
    await manager.query(
      `UPDATE submission SET status = 'superseded' WHERE organization_id = $1 AND period = $2 AND status IN ('submitted', 'accepted')`,
      [organizationId, period.code],
    );
    const submission = await manager.save(
      manager.create(SubmissionEntity, {
        organizationId,
        period: period.code,
        grain: period.grain,
        periodStart: period.start,
        periodEnd: period.end,
        version: (max ?? 0) + 1,
        status: 'submitted',
        source: request.source,
        attributed: request.attributed ?? false,
        idempotencyKey: document.idempotencyKey,
        contentChecksum: checksum,
        figureCount: figures.length,
        warnings: document.warnings,
        submittedByAccountId: request.actor.accountId ?? null,
        submittedByApiKeyId: request.actor.apiKeyId ?? null,
      }),
    );
    await insertObservationRows(
      manager,
      figures.map((figure) => toObservationRow(submission.id, figure)),
    );
    await this.audit.append(manager, request.actor, {
      action: 'submission.created',
      entityType: 'submission',
      entityId: submission.id,
      details: {
        organizationId,
        period: period.code,
        version: submission.version,
        source: request.source,
        figures: figures.length,
        checksum,
      },
    });
    return submission;
  }
}
