import { DataSource } from 'typeorm';
import { TAKEDOWN_BUCKETS } from '@candor/catalogue';
import { ReleasesService } from '@candor/api-releases';
import { SubmissionsService } from '@candor/api-submissions';
import { ReleaseCellEntity } from '@candor/db';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import { createOrganization, graphql, startTestApi } from '../support/api';
import { hotlineDocument } from '../support/documents';
import { createFreshDatabase } from '../support/fresh-database';

const actor = { label: 'public-release-test' };

/** What anonymous callers can learn from the public API: published cells only, never a hidden value. */
describe('public release queries (anonymous)', () => {
  let api: RunningApi;
  let database: Awaited<ReturnType<typeof createFreshDatabase>>;
  let publishedId: string;
  let draftId: string;
  const SECRET_MT = 5;

  beforeAll(async () => {
    database = await createFreshDatabase();
    api = await startTestApi({ databaseUrl: database.url });
    const submissions = api.app.get(SubmissionsService);
    for (const [index, scale] of [20, 12, 9].entries()) {
      const org = await createOrganization(api, { slug: `public-${index}` });
      const document = hotlineDocument('2025-01', scale);
      if (index === 2) {
        // Only this hotline reports content hosted in Malta: that cell has one contributor.
        document.figures[4] = {
          metric: 'hotline.urls.csam',
          dimensions: { hosting_country: 'NL' },
          value: 20 * scale - SECRET_MT,
        };
        document.figures.push({
          metric: 'hotline.urls.csam',
          dimensions: { hosting_country: 'MT' },
          value: SECRET_MT,
        });
      }
      if (index < 2) {
        // Only two hotlines give takedown times: too few for a published distribution.
        for (const bucket of [...TAKEDOWN_BUCKETS.map((b) => b.code), 'not_removed'])
          document.figures.push({
            metric: 'hotline.takedown',
            dimensions: { takedown_hours: bucket },
            value: bucket === '[0,1)' ? 5 : bucket === '[24,48)' ? 3 : 0,
          });
      }
      const outcome = await submissions.submit({
        organizationId: org.id,
        document,
        source: 'api',
        actor,
      });
      if (!outcome.ok) throw new Error(`fixture refused: ${JSON.stringify(outcome.errors)}`);
      await submissions.review(outcome.submission!.id, 'accepted', null, actor);
    }
    const releases = api.app.get(ReleasesService);
    const first = await releases.create(
      { periodFrom: '2025-01', periodTo: '2025-01', granularity: 'month' },
      actor,
      { buildNow: true },
    );
    publishedId = (await releases.publish(first.id, actor)).id;
    draftId = (
      await releases.create(
        { periodFrom: '2025-01', periodTo: '2025-01', granularity: 'month' },
        actor,
        { buildNow: true },
      )
    ).id;
  });

  afterAll(async () => {
    await api.close();
    await database.drop();
  });

  it('answers RELEASE_NOT_FOUND, not an internal error, for an id that is no UUID', async () => {
    const answer = await graphql(api, '{ release(id: "v1") { id } }');
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('RELEASE_NOT_FOUND');
  });

  it('never shows an unpublished release', async () => {
    const list = await graphql<{ releases: { id: string }[] }>(api, '{ releases { id } }');
    expect(list.data!.releases.map((r) => r.id)).toEqual([publishedId]);
    const draft = await graphql(api, 'query ($id: ID!) { release(id: $id) { id } }', {
      id: draftId,
    });
    expect(draft.errors![0]!.extensions!.code).toBe('RELEASE_NOT_FOUND');
    const series = await graphql(
      api,
      'query ($id: ID!) { series(metric: "hotline.urls.csam", releaseId: $id) { value } }',
      { id: draftId },
    );
    expect(series.errors![0]!.extensions!.code).toBe('RELEASE_NOT_FOUND');
  });

  it('withholds a single organization’s figure, with its reason and without its value', async () => {
    const result = await graphql<{
      breakdown: { value: string; count: number | null; suppression: string | null }[];
    }>(
      api,
      '{ breakdown(metric: "hotline.urls.csam", dimension: "hosting_country", period: "2025-01") { value count suppression } }',
    );
    const malta = result.data!.breakdown.find((b) => b.value === 'MT');
    expect(malta).toEqual({ value: 'MT', count: null, suppression: 'contributors' });
  });

  it('returns no value for any suppressed cell, by any public query', async () => {
    const cells = await api.app
      .get(DataSource)
      .getRepository(ReleaseCellEntity)
      .findBy({ releaseId: publishedId });
    const suppressed = cells.filter((c) => c.suppression !== null);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const cell of suppressed.filter((c) => c.scope === 'network')) {
      const answer = cell.dimension
        ? await graphql<{ breakdown: { value: string; count: number | null }[] }>(
            api,
            'query ($m: String!, $d: String!, $p: String!) { breakdown(metric: $m, dimension: $d, period: $p) { value count } }',
            { m: cell.metric, d: cell.dimension, p: cell.period },
          ).then((r) => r.data!.breakdown.find((b) => b.value === cell.dimensionValue)?.count)
        : await graphql<{ series: { period: string; value: number | null }[] }>(
            api,
            'query ($m: String!) { series(metric: $m) { period value } }',
            { m: cell.metric },
          ).then((r) => r.data!.series.find((p) => p.period === cell.period)?.value);
      expect(answer).toBeNull();
    }
  });

  it('lists spike flags of published releases only, with a bounded limit', async () => {
    const ok = await graphql<{ spikes: { kind: string; period: string }[] }>(
      api,
      'query ($r: ID) { spikes(releaseId: $r, limit: 5) { kind metric scope period data } }',
      { r: publishedId },
    );
    expect(ok.errors).toBeUndefined();
    expect(Array.isArray(ok.data!.spikes)).toBe(true);
    const draft = await graphql(api, 'query ($r: ID) { spikes(releaseId: $r) { kind } }', {
      r: draftId,
    });
    expect(draft.errors?.[0]?.extensions?.['code']).toBe('RELEASE_NOT_FOUND');
    const tooMany = await graphql(api, '{ spikes(limit: 500) { kind } }');
    expect(tooMany.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('publishes no takedown distribution that two organizations make up', async () => {
    const answer = await graphql<{ takedownTimes: { period: string; data: object }[] }>(
      api,
      'query ($r: ID) { takedownTimes(releaseId: $r) { metric period data } }',
      { r: publishedId },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.takedownTimes).toEqual([
      {
        metric: 'hotline.takedown',
        period: '2025-01',
        data: { publishable: false, reason: 'contributors' },
      },
    ]);
  });
});
