import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Figure } from '@candor/catalogue';
import { ObservationEntity, OrganizationEntity, SubmissionEntity } from '@candor/db';
import { authorize, forbidden, hasNetworkRole, type Principal } from '@candor/api-auth';
import { compareFigures, type FigureChange } from './figure-changes';
import { toFigure } from './observation-rows';
import {
  expectedPeriods,
  periodStatuses,
  type CurrentVersion,
  type PeriodStatus,
} from './period-statuses';
import { SubmissionError } from './submission.errors';

/** Reading submissions: every method authorizes the organization of what it returns. */
@Injectable()
export class SubmissionReadsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(
    organizationId: string,
    period: string | undefined,
    principal: Principal,
  ): Promise<SubmissionEntity[]> {
    authorize.readFiguresOf(principal, organizationId);
    return this.dataSource.getRepository(SubmissionEntity).find({
      where: { organizationId, ...(period ? { period } : {}) },
      order: { periodStart: 'DESC', version: 'DESC' },
      take: 500,
    });
  }

  /** One submission; someone who may not see it learns nothing, not even that it exists. */
  async get(id: string, principal: Principal): Promise<SubmissionEntity> {
    const submission = await this.dataSource.getRepository(SubmissionEntity).findOneBy({ id });
    const notFound = new SubmissionError('SUBMISSION_NOT_FOUND', `No submission with id ${id}.`);
    if (!submission) throw notFound;
    try {
      authorize.readFiguresOf(principal, submission.organizationId);
    } catch {
      throw notFound;
    }
    return submission;
  }

  async periodStatuses(
    organizationId: string,
    count: number,
    principal: Principal,
    now = new Date(),
  ): Promise<PeriodStatus[]> {
    authorize.readFiguresOf(principal, organizationId);
    const organization = await this.dataSource
      .getRepository(OrganizationEntity)
      .findOneBy({ id: organizationId });
    if (!organization?.cadence) return [];
    const expected = expectedPeriods(organization.cadence, now, count);
    const current = await this.dataSource.query<
      { period: string; version: number; status: CurrentVersion['status']; id: string }[]
    >(
      `SELECT period, version, status, id FROM submission
        WHERE organization_id = $1 AND period = ANY($2) AND status <> 'superseded'`,
      [organizationId, expected],
    );
    // A rejected version stays current until a new one arrives; the latest non-superseded wins.
    const latest = new Map<string, CurrentVersion>();
    for (const row of current) {
      const seen = latest.get(row.period);
      if (!seen || seen.version < row.version)
        latest.set(row.period, {
          period: row.period,
          version: row.version,
          status: row.status,
          submissionId: row.id,
        });
    }
    return periodStatuses(expected, [...latest.values()], now);
  }

  /** Submitted versions waiting for a network reviewer, oldest first. */
  async reviewQueue(
    principal: Principal,
  ): Promise<{ submission: SubmissionEntity; previousVersion: number | null }[]> {
    if (!hasNetworkRole(principal, ['reviewer', 'admin']))
      throw forbidden('Only network reviewers see the review queue.');
    const waiting = await this.dataSource
      .getRepository(SubmissionEntity)
      .find({ where: { status: 'submitted' }, order: { createdAt: 'ASC' }, take: 500 });
    return waiting.map((submission) => ({
      submission,
      previousVersion: submission.version > 1 ? submission.version - 1 : null,
    }));
  }

  async comparison(
    id: string,
    principal: Principal,
  ): Promise<{
    submission: SubmissionEntity;
    previous: SubmissionEntity | null;
    changes: FigureChange[];
  }> {
    const submission = await this.get(id, principal);
    const previous =
      submission.version > 1
        ? await this.dataSource.getRepository(SubmissionEntity).findOneBy({
            organizationId: submission.organizationId,
            period: submission.period,
            version: submission.version - 1,
          })
        : null;
    const figures = await this.figuresOf(previous ? [submission.id, previous.id] : [submission.id]);
    return {
      submission,
      previous,
      changes: compareFigures(
        previous ? (figures.get(previous.id) ?? []) : [],
        figures.get(submission.id) ?? [],
      ),
    };
  }

  /** Figures of several submissions in one query (the DataLoader batch of `Submission.figures`). */
  async figuresOf(submissionIds: readonly string[]): Promise<Map<string, Figure[]>> {
    const rows = await this.dataSource.getRepository(ObservationEntity).find({
      where: { submissionId: In([...submissionIds]) },
      order: { metric: 'ASC', dimensionKey: 'ASC' },
    });
    const bySubmission = new Map<string, Figure[]>(submissionIds.map((id) => [id, []]));
    for (const row of rows) bySubmission.get(row.submissionId)?.push(toFigure(row));
    return bySubmission;
  }
}
