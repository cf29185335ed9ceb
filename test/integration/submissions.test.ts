import { jest } from '@jest/globals';
import { AuditService } from '@candor/api-audit';
import { SubmissionsService } from '@candor/api-submissions';
import { ObservationEntity, SubmissionEntity } from '@candor/db';
import { DataSource } from 'typeorm';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import { createOrganization, startTestApi } from '../support/api';
import { hotlineDocument } from '../support/documents';

const actor = { label: 'integration-test' };

describe('submissions on PostgreSQL', () => {
  let api: RunningApi;
  let submissions: SubmissionsService;
  let dataSource: DataSource;

  beforeAll(async () => {
    api = await startTestApi();
    submissions = api.app.get(SubmissionsService);
    dataSource = api.app.get(DataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  const countFor = async (organizationId: string) => {
    const [row] = await dataSource.query<{ submissions: string; observations: string }[]>(
      `SELECT count(DISTINCT s.id) AS submissions, count(o.id) AS observations
         FROM submission s LEFT JOIN observation o ON o.submission_id = s.id WHERE s.organization_id = $1`,
      [organizationId],
    );
    return { submissions: Number(row!.submissions), observations: Number(row!.observations) };
  };

  it('stores a valid submission as version 1 with every figure', async () => {
    const org = await createOrganization(api);
    const outcome = await submissions.submit({
      organizationId: org.id,
      document: hotlineDocument('2025-01'),
      source: 'api',
      actor,
    });
    expect(outcome.ok).toBe(true);
    expect(outcome.submission).toMatchObject({
      version: 1,
      status: 'submitted',
      period: '2025-01',
      grain: 'month',
      figureCount: 6,
    });
    const stored = await dataSource
      .getRepository(ObservationEntity)
      .findBy({ submissionId: outcome.submission!.id });
    expect(stored).toHaveLength(6);
    expect(stored.find((o) => o.hostingCountry === 'NL')).toMatchObject({
      metric: 'hotline.urls.csam',
      dimensionKey: 'hosting_country=NL',
      value: 20,
    });
  });

  it('makes a correction the next version and keeps the earlier one readable as superseded', async () => {
    const org = await createOrganization(api);
    const first = await submissions.submit({
      organizationId: org.id,
      document: hotlineDocument('2025-02'),
      source: 'csv',
      actor,
    });
    await submissions.review(first.submission!.id, 'accepted', null, actor);
    const second = await submissions.submit({
      organizationId: org.id,
      document: hotlineDocument('2025-02', 2),
      source: 'csv',
      actor,
    });
    expect(second.submission!.version).toBe(2);
    const earlier = await dataSource
      .getRepository(SubmissionEntity)
      .findOneByOrFail({ id: first.submission!.id });
    expect(earlier.status).toBe('superseded');
    expect(
      await dataSource.getRepository(ObservationEntity).countBy({ submissionId: earlier.id }),
    ).toBe(6);
  });

  it('gives concurrent corrections consecutive versions, never the same one twice', async () => {
    const org = await createOrganization(api);
    const outcomes = await Promise.all(
      [1, 2, 3, 4].map((scale) =>
        submissions.submit({
          organizationId: org.id,
          document: hotlineDocument('2025-03', scale),
          source: 'api',
          actor,
        }),
      ),
    );
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(outcomes.map((o) => o.submission!.version).sort()).toEqual([1, 2, 3, 4]);
    const current = await dataSource
      .getRepository(SubmissionEntity)
      .findBy({ organizationId: org.id, status: 'submitted' });
    expect(current).toHaveLength(1);
    expect(current[0]!.version).toBe(4);
  });

  it('returns validation errors as data and writes nothing', async () => {
    const org = await createOrganization(api);
    const document = hotlineDocument('2025-04');
    document.figures[4] = {
      metric: 'hotline.urls.csam',
      dimensions: { hosting_country: 'NL' },
      value: -3,
    };
    const outcome = await submissions.submit({
      organizationId: org.id,
      document,
      source: 'api',
      actor,
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.errors).toContainEqual(
      expect.objectContaining({ row: 5, column: 'value', code: 'NEGATIVE_VALUE' }),
    );
    expect(await countFor(org.id)).toEqual({ submissions: 0, observations: 0 });
  });

  it('returns the existing submission for the same idempotency key and content, and refuses different content', async () => {
    const org = await createOrganization(api);
    const request = {
      organizationId: org.id,
      document: hotlineDocument('2025-05'),
      source: 'api' as const,
      actor,
      idempotencyKey: 'batch-7',
    };
    const first = await submissions.submit(request);
    const again = await submissions.submit(request);
    expect(again).toMatchObject({ ok: true, replayed: true });
    expect(again.submission!.id).toBe(first.submission!.id);
    await expect(
      submissions.submit({ ...request, document: hotlineDocument('2025-05', 3) }),
    ).rejects.toMatchObject({
      extensions: { code: 'IDEMPOTENCY_CONFLICT' },
    });
    expect((await countFor(org.id)).submissions).toBe(1);
  });

  it('leaves nothing behind when the database fails in the middle of a submission', async () => {
    const org = await createOrganization(api);
    const audit = api.app.get(AuditService);
    const failure = jest
      .spyOn(audit, 'append')
      .mockRejectedValueOnce(new Error('injected failure after the observations were written'));
    try {
      await expect(
        submissions.submit({
          organizationId: org.id,
          document: hotlineDocument('2025-06'),
          source: 'api',
          actor,
        }),
      ).rejects.toThrow('injected failure');
    } finally {
      failure.mockRestore();
    }
    expect(await countFor(org.id)).toEqual({ submissions: 0, observations: 0 });
  });

  it('keeps counts exact up to 2^53 − 1', async () => {
    const org = await createOrganization(api);
    const big = Number.MAX_SAFE_INTEGER;
    const outcome = await submissions.submit({
      organizationId: org.id,
      document: {
        period: '2025-07',
        figures: [{ metric: 'hotline.reports.received', dimensions: {}, value: String(big) }],
      },
      source: 'api',
      actor,
    });
    expect(outcome.ok).toBe(true);
    const [stored] = await dataSource
      .getRepository(ObservationEntity)
      .findBy({ submissionId: outcome.submission!.id });
    expect(stored!.value).toBe(big);
  });

  it('records every change in a hash chain that verifies, and refuses to rewrite it', async () => {
    const org = await createOrganization(api);
    const outcome = await submissions.submit({
      organizationId: org.id,
      document: hotlineDocument('2025-08'),
      source: 'api',
      actor,
    });
    await submissions.review(outcome.submission!.id, 'rejected', 'Totals look doubled', actor);
    const events = await dataSource.query<{ action: string }[]>(
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY id`,
      [outcome.submission!.id],
    );
    expect(events.map((e) => e.action)).toEqual(['submission.created', 'submission.rejected']);
    expect(await api.app.get(AuditService).verifyChain()).toMatchObject({ ok: true });
    await expect(
      dataSource.query(`UPDATE audit_event SET action = 'x' WHERE entity_id = $1`, [
        outcome.submission!.id,
      ]),
    ).rejects.toThrow('append-only');
    await expect(
      dataSource.query(`DELETE FROM audit_event WHERE entity_id = $1`, [outcome.submission!.id]),
    ).rejects.toThrow('append-only');
  });
});
