import { DataSource } from 'typeorm';
import { PublicReleasesService, ReleasesService } from '@candor/api-releases';
import { SubmissionsService } from '@candor/api-submissions';
import { ReleaseCellEntity, ReleaseEntity } from '@candor/db';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import { createOrganization, startTestApi } from '../support/api';
import { hotlineDocument } from '../support/documents';
import { createFreshDatabase } from '../support/fresh-database';

const actor = { label: 'release-test' };

async function waitForBuild(api: RunningApi, id: string): Promise<ReleaseEntity> {
  for (let i = 0; i < 120; i += 1) {
    const release = await api.app
      .get(DataSource)
      .getRepository(ReleaseEntity)
      .findOneByOrFail({ id });
    if (release.status !== 'building') return release;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`release ${id} still building after 30 s`);
}

describe('releases on PostgreSQL', () => {
  let api: RunningApi;
  let database: Awaited<ReturnType<typeof createFreshDatabase>>;
  const hotlines: string[] = [];

  beforeAll(async () => {
    database = await createFreshDatabase();
    api = await startTestApi({ databaseUrl: database.url });
    const submissions = api.app.get(SubmissionsService);
    // Four hotlines of different sizes over three months; the fourth is small.
    for (const [index, scale] of [20, 12, 9, 1].entries()) {
      const org = await createOrganization(api, { slug: `hotline-${index}` });
      hotlines.push(org.id);
      for (const period of ['2025-01', '2025-02', '2025-03']) {
        const outcome = await submissions.submit({
          organizationId: org.id,
          document: hotlineDocument(period, scale),
          source: 'api',
          actor,
        });
        await submissions.review(outcome.submission!.id, 'accepted', null, actor);
      }
    }
  });

  afterAll(async () => {
    await api.close();
    await database.drop();
  });

  it('builds a draft on the job queue, with every published cell safe, and publishes it', async () => {
    const releases = api.app.get(ReleasesService);
    const draft = await releases.create(
      { periodFrom: '2025-01', periodTo: '2025-03', granularity: 'month' },
      actor,
    );
    const built = await waitForBuild(api, draft.id);
    expect(built).toMatchObject({ status: 'draft', progress: { step: 'done', percent: 100 } });
    expect(built.checksum).toMatch(/^[0-9a-f]{64}$/);

    const cells = await api.app
      .get(DataSource)
      .getRepository(ReleaseCellEntity)
      .findBy({ releaseId: draft.id });
    expect(cells.length).toBe(built.cellCount);
    const received = cells.filter(
      (c) => c.metric === 'hotline.reports.received' && c.dimension === null,
    );
    expect(received.map((c) => [c.period, c.value])).toEqual([
      ['2025-01', 4200],
      ['2025-02', 4200],
      ['2025-03', 4200],
    ]);
    // No published cell reveals a small count.
    for (const cell of cells)
      if (cell.value !== null) expect(cell.value === 0 || cell.value >= 10).toBe(true);

    const published = api.app.get(PublicReleasesService);
    await expect(published.get(draft.id)).rejects.toMatchObject({
      extensions: { code: 'RELEASE_NOT_FOUND' },
    });
    await releases.publish(draft.id, actor);
    const series = await published.series(await published.resolve(null, 'month'), {
      metric: 'hotline.reports.received',
      scope: 'network',
    });
    expect(series.map((p) => p.value)).toEqual([4200, 4200, 4200]);
  });

  it('refuses to change a built release', async () => {
    const [cell] = await api.app.get(DataSource).getRepository(ReleaseCellEntity).find({ take: 1 });
    await expect(
      api.app.get(DataSource).query('UPDATE release_cell SET value = 1 WHERE id = $1', [cell!.id]),
    ).rejects.toThrow('frozen');
  });

  it('shows a correction in the next release changelog, with the change and why', async () => {
    const submissions = api.app.get(SubmissionsService);
    const correction = await submissions.submit({
      organizationId: hotlines[0]!,
      document: hotlineDocument('2025-02', 25),
      source: 'api',
      actor,
    });
    await submissions.review(correction.submission!.id, 'accepted', null, actor);

    const releases = api.app.get(ReleasesService);
    const next = await waitForBuild(
      api,
      (
        await releases.create(
          { periodFrom: '2025-01', periodTo: '2025-03', granularity: 'month' },
          actor,
        )
      ).id,
    );
    expect(next.version).toBe(2);
    const received = next.changelog.find(
      (c) =>
        (c as { metric: string; scope: string; dimension: string | null }).metric ===
          'hotline.reports.received' &&
        (c as { scope: string }).scope === 'network' &&
        (c as { dimension: string | null }).dimension === null,
    );
    expect(received).toEqual({
      metric: 'hotline.reports.received',
      scope: 'network',
      period: '2025-02',
      dimension: null,
      dimensionValue: null,
      before: 4200,
      after: 4700,
      delta: 500,
      reasons: ['corrected_submissions'],
    });
    // Months nobody corrected did not change.
    expect(next.changelog.some((c) => (c as { period: string }).period !== '2025-02')).toBe(false);
  });

  it('draws noise on a monthly release, records its budget and refuses to overspend it', async () => {
    const releases = api.app.get(ReleasesService);
    const noisy = await waitForBuild(
      api,
      (
        await releases.create(
          { periodFrom: '2025-01', periodTo: '2025-03', granularity: 'month', noiseRho: 0.5 },
          actor,
        )
      ).id,
    );
    expect(noisy.status).toBe('draft');
    expect(noisy.options.noise).toMatchObject({
      mechanism: 'discrete_gaussian',
      rho: 0.5,
      seriesSpentRho: 0.5,
      seriesLimitRho: 2,
    });
    expect(noisy.options.noise!.epsilon).toBeGreaterThan(0);
    expect(noisy.options.noise!.metrics.map((m) => m.metric)).toContain('hotline.reports.received');
    expect(noisy.options.noise!.metrics.map((m) => m.metric)).not.toContain('hotline.urls.csam');

    await expect(
      releases.create(
        { periodFrom: '2025-01', periodTo: '2025-03', granularity: 'month', noiseRho: 1.6 },
        actor,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'PRIVACY_BUDGET_EXCEEDED' } });
    await expect(
      releases.create(
        { periodFrom: '2025-Q1', periodTo: '2025-Q1', granularity: 'quarter', noiseRho: 0.1 },
        actor,
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('builds a quarterly release tied to the published months, leaving no month recoverable', async () => {
    const releases = api.app.get(ReleasesService);
    const quarter = await waitForBuild(
      api,
      (
        await releases.create(
          { periodFrom: '2025-Q1', periodTo: '2025-Q1', granularity: 'quarter' },
          actor,
        )
      ).id,
    );
    expect(quarter).toMatchObject({ status: 'draft', error: null });
    const repository = api.app.get(DataSource).getRepository(ReleaseCellEntity);
    const monthly = await api.app
      .get(PublicReleasesService)
      .resolve(null, 'month')
      .then((r) => repository.findBy({ releaseId: r.id }));
    const key = (c: ReleaseCellEntity) =>
      [c.metric, c.scope, c.dimension ?? '', c.dimensionValue ?? ''].join('|');
    const hiddenMonths = new Map<string, number>();
    for (const cell of monthly)
      if (cell.value === null) hiddenMonths.set(key(cell), (hiddenMonths.get(key(cell)) ?? 0) + 1);
    for (const cell of await repository.findBy({ releaseId: quarter.id })) {
      // A published quarter with exactly one hidden month would give that month away.
      if (cell.value !== null)
        expect([key(cell), hiddenMonths.get(key(cell)) ?? 0]).not.toEqual([key(cell), 1]);
    }
  });
});
