import { DataSource } from 'typeorm';
import { ReleasesService } from '@candor/api-releases';
import { SubmissionsService } from '@candor/api-submissions';
import {
  AnnotationEntity,
  AuditEventEntity,
  ReleaseCellEntity,
  ReleaseEntity,
  ReleaseStatisticEntity,
} from '@candor/db';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import {
  createNetwork,
  createOrganization,
  graphql,
  graphqlAs,
  signedInAs,
  startTestApi,
  type TestCaller,
} from '../support/api';
import { hotlineDocument } from '../support/documents';
import { createFreshDatabase } from '../support/fresh-database';

const actor = { label: 'release-review-test' };

interface Cell {
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
  value: number | null;
  suppression: string | null;
}

const CELLS = `query ($id: ID!, $metric: String, $scope: String, $dimension: String, $suppressedOnly: Boolean, $offset: Int, $limit: Int) {
  releaseCells(releaseId: $id, metric: $metric, scope: $scope, dimension: $dimension, suppressedOnly: $suppressedOnly, offset: $offset, limit: $limit) {
    total offset limit cells { metric scope period dimension dimensionValue value suppression }
  }
}`;
const STATISTICS = `query ($id: ID!, $kind: String) { releaseStatistics(releaseId: $id, kind: $kind) { kind metric period data } }`;
const FACETS = `query ($id: ID!) { releaseCellFacets(releaseId: $id) { metrics scopes dimensions } }`;
const PREVIOUS = `query ($id: ID!) { previousRelease(releaseId: $id) { id version } }`;
const ADD = `mutation ($period: String!, $text: String!, $metric: String) { addAnnotation(period: $period, text: $text, metric: $metric) { id } }`;
const UPDATE = `mutation ($id: ID!, $period: String!, $text: String!, $metric: String) {
  updateAnnotation(id: $id, period: $period, text: $text, metric: $metric) { id period text metric }
}`;
const DELETE = `mutation ($id: ID!) { deleteAnnotation(id: $id) }`;
const PUBLIC_ANNOTATIONS = '{ annotations { id period text metric } }';

/** The reviewer-only release API: cells and statistics of drafts, and editing the annotation log. */
describe('release review API', () => {
  let api: RunningApi;
  let database: Awaited<ReturnType<typeof createFreshDatabase>>;
  let dataSource: DataSource;
  let publishedId: string;
  let draftId: string;
  let reviewer: TestCaller;
  let networkAdmin: TestCaller;
  let refused: Record<'anonymous' | 'submitter' | 'companyAdmin', TestCaller | null>;

  const code = (result: { errors?: { extensions?: { code?: string } }[] }) =>
    result.errors?.[0]?.extensions?.code;

  const addAnnotation = async (text: string) => {
    const added = await graphqlAs<{ addAnnotation: { id: string } }>(api, reviewer, ADD, {
      period: '2025-01',
      text,
      metric: null,
    });
    return added.data!.addAnnotation.id;
  };

  beforeAll(async () => {
    database = await createFreshDatabase();
    api = await startTestApi({ databaseUrl: database.url, loginRateLimit: 1000 });
    dataSource = api.app.get(DataSource);
    const submissions = api.app.get(SubmissionsService);
    const hotlines = [];
    for (const [index, scale] of [20, 12, 9].entries()) {
      const org = await createOrganization(api, { slug: `review-${index}` });
      hotlines.push(org);
      const document = hotlineDocument('2025-01', scale);
      if (index === 2) {
        // One hotline alone reports content hosted in Malta: a cell withheld for its contributors.
        document.figures[4] = {
          metric: 'hotline.urls.csam',
          dimensions: { hosting_country: 'NL' },
          value: 20 * scale - 5,
        };
        document.figures.push({
          metric: 'hotline.urls.csam',
          dimensions: { hosting_country: 'MT' },
          value: 5,
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
    const range = { periodFrom: '2025-01', periodTo: '2025-01', granularity: 'month' } as const;
    const first = await releases.create(range, actor, { buildNow: true });
    publishedId = (await releases.publish(first.id, actor)).id;
    draftId = (await releases.create(range, actor, { buildNow: true })).id;

    const network = await createNetwork(api);
    const company = await createOrganization(api, { kind: 'company', country: 'DE' });
    reviewer = await signedInAs(api, network.id, 'reviewer', 'release-reviewer');
    networkAdmin = await signedInAs(api, network.id, 'admin', 'release-network-admin');
    refused = {
      anonymous: null,
      submitter: await signedInAs(api, hotlines[0]!.id, 'submitter', 'hotline-submitter'),
      companyAdmin: await signedInAs(api, company.id, 'admin', 'company-admin'),
    };
  });

  afterAll(async () => {
    await api.close();
    await database.drop();
  });

  describe('refuses everyone but network staff', () => {
    let annotationId: string;

    beforeAll(async () => {
      annotationId = await addAnnotation('Kept as it is: nobody else may change it.');
    });

    const operations: [string, string, () => Record<string, unknown>][] = [
      ['releaseCells', CELLS, () => ({ id: draftId })],
      ['releaseCellFacets', FACETS, () => ({ id: draftId })],
      ['releaseStatistics', STATISTICS, () => ({ id: draftId })],
      ['previousRelease', PREVIOUS, () => ({ id: draftId })],
      [
        'updateAnnotation',
        UPDATE,
        () => ({ id: annotationId, period: '2025-02', text: 'Changed by an outsider' }),
      ],
      ['deleteAnnotation', DELETE, () => ({ id: annotationId })],
    ];

    it.each(operations)('%s', async (name, query, variables) => {
      const outcome: Record<string, string | undefined> = {};
      for (const [who, caller] of Object.entries(refused)) {
        const result = await graphqlAs<Record<string, unknown>>(api, caller, query, variables());
        expect(result.data?.[name] ?? null).toBeNull();
        outcome[who] = code(result);
      }
      expect(outcome).toEqual({
        anonymous: 'UNAUTHENTICATED',
        submitter: 'FORBIDDEN',
        companyAdmin: 'FORBIDDEN',
      });
      const allowed = await graphqlAs(api, networkAdmin, query, {
        ...variables(),
        // A network admin may: read, and edit a note other than the one kept for this test.
        ...(query === UPDATE || query === DELETE ? { id: await addAnnotation('Throw-away') } : {}),
      });
      expect(allowed.errors).toBeUndefined();
      // Straight from the database: nothing a refused caller sent has changed the note.
      const kept = await dataSource.getRepository(AnnotationEntity).findOneBy({ id: annotationId });
      expect(kept?.text).toBe('Kept as it is: nobody else may change it.');
    });
  });

  describe('cells of a draft', () => {
    const cellsOf = async (variables: Record<string, unknown>) => {
      const result = await graphqlAs<{
        releaseCells: { total: number; offset: number; limit: number; cells: Cell[] };
      }>(api, reviewer, CELLS, { id: draftId, ...variables });
      expect(result.errors).toBeUndefined();
      return result.data!.releaseCells;
    };

    it('lists every cell of an unpublished release, page by page in a stable order', async () => {
      const stored = await dataSource.getRepository(ReleaseCellEntity).countBy({
        releaseId: draftId,
      });
      expect(stored).toBeGreaterThan(5);
      const all = await cellsOf({ limit: 500 });
      expect(all.total).toBe(stored);
      expect(all.cells).toHaveLength(stored);
      const pages: Cell[] = [];
      for (let offset = 0; offset < stored; offset += 2) {
        const page = await cellsOf({ offset, limit: 2 });
        expect(page).toMatchObject({ total: stored, offset, limit: 2 });
        pages.push(...page.cells);
      }
      expect(pages).toEqual(all.cells);
    });

    it('filters withheld cells, by metric, scope and dimension, and counts what matches', async () => {
      const stored = await dataSource.getRepository(ReleaseCellEntity).findBy({
        releaseId: draftId,
      });
      const withheld = await cellsOf({ suppressedOnly: true, limit: 500 });
      const expected = stored.filter((c) => c.suppression !== null);
      expect(expected.length).toBeGreaterThan(0);
      expect(withheld.total).toBe(expected.length);
      expect(withheld.cells.every((c) => c.value === null && c.suppression !== null)).toBe(true);
      const malta = withheld.cells.find((c) => c.scope === 'network' && c.dimensionValue === 'MT');
      expect(malta).toMatchObject({ value: null, suppression: 'contributors' });

      const filter = {
        metric: 'hotline.urls.csam',
        scope: 'network',
        dimension: 'hosting_country',
      };
      const filtered = await cellsOf({ ...filter, limit: 500 });
      const matching = stored.filter(
        (c) =>
          c.metric === filter.metric &&
          c.scope === filter.scope &&
          c.dimension === filter.dimension,
      );
      expect(filtered.total).toBe(matching.length);
      expect(filtered.cells.map((c) => c.dimensionValue).sort()).toEqual(
        matching.map((c) => c.dimensionValue).sort(),
      );
    });

    it('gives the metrics, scopes and dimensions to filter by', async () => {
      const result = await graphqlAs<{
        releaseCellFacets: { metrics: string[]; scopes: string[]; dimensions: string[] };
      }>(api, reviewer, FACETS, { id: draftId });
      expect(result.data!.releaseCellFacets.metrics).toContain('hotline.urls.csam');
      expect(result.data!.releaseCellFacets.scopes).toContain('network');
      expect(result.data!.releaseCellFacets.dimensions).toEqual(['hosting_country']);
    });

    it('refuses pages of more than 500 cells and unknown releases', async () => {
      const tooMany = await graphqlAs(api, reviewer, CELLS, { id: draftId, limit: 501 });
      expect(code(tooMany)).toBe('BAD_USER_INPUT');
      const negative = await graphqlAs(api, reviewer, CELLS, { id: draftId, offset: -1 });
      expect(code(negative)).toBe('BAD_USER_INPUT');
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        const unknown = await graphqlAs(api, reviewer, CELLS, { id });
        expect(code(unknown)).toBe('RELEASE_NOT_FOUND');
      }
    });
  });

  describe('statistics and the previous release', () => {
    it('gives the statistics of a draft, of one kind when asked', async () => {
      // Fixture rows: one month is too short a series for real spikes. Statistics are frozen
      // once a release is built, so they are written as the builder would, while it builds.
      await dataSource.transaction(async (manager) => {
        await manager.update(ReleaseEntity, { id: draftId }, { status: 'building' });
        await manager.save(ReleaseStatisticEntity, [
          {
            releaseId: draftId,
            kind: 'spike',
            metric: 'hotline.reports.csam',
            scope: 'network',
            period: '2025-01',
            data: { kind: 'spike', observed: 900, expected: 500, text: 'A spike.' },
          },
          {
            releaseId: draftId,
            kind: 'level_shift',
            metric: 'hotline.reports.csam',
            scope: 'network',
            period: '2025-01',
            data: { kind: 'level_shift', direction: 'up', before: 400, after: 900 },
          },
        ]);
        await manager.update(ReleaseEntity, { id: draftId }, { status: 'draft' });
      });
      const stored = await dataSource.getRepository(ReleaseStatisticEntity).findBy({
        releaseId: draftId,
      });
      const all = await graphqlAs<{ releaseStatistics: { kind: string }[] }>(
        api,
        reviewer,
        STATISTICS,
        { id: draftId },
      );
      expect(all.data!.releaseStatistics).toHaveLength(stored.length);
      const spikes = await graphqlAs<{
        releaseStatistics: { kind: string; metric: string; data: Record<string, unknown> }[];
      }>(api, reviewer, STATISTICS, { id: draftId, kind: 'spike' });
      expect(spikes.data!.releaseStatistics).toEqual([
        {
          kind: 'spike',
          metric: 'hotline.reports.csam',
          period: '2025-01',
          data: { kind: 'spike', observed: 900, expected: 500, text: 'A spike.' },
        },
      ]);
      const wrongKind = await graphqlAs(api, reviewer, STATISTICS, { id: draftId, kind: 'gini' });
      expect(code(wrongKind)).toBe('BAD_USER_INPUT');
    });

    it('names the release a draft was compared with', async () => {
      const ofDraft = await graphqlAs<{ previousRelease: { id: string; version: number } | null }>(
        api,
        reviewer,
        PREVIOUS,
        { id: draftId },
      );
      expect(ofDraft.data!.previousRelease).toEqual({ id: publishedId, version: 1 });
      const ofFirst = await graphqlAs<{ previousRelease: unknown }>(api, reviewer, PREVIOUS, {
        id: publishedId,
      });
      expect(ofFirst.data!.previousRelease).toBeNull();
    });
  });

  describe('editing the annotation log', () => {
    const auditOf = (id: string) =>
      dataSource
        .getRepository(AuditEventEntity)
        .find({ where: { entityType: 'annotation', entityId: id }, order: { id: 'ASC' } });

    it('corrects a note, publicly, with an audit entry keeping the old text', async () => {
      const id = await addAnnotation('A hotline started hash matching.');
      const updated = await graphqlAs<{ updateAnnotation: Record<string, unknown> }>(
        api,
        reviewer,
        UPDATE,
        {
          id,
          period: '2025-Q1',
          text: '  A hotline started hash matching in March.  ',
          metric: 'hotline.urls.csam',
        },
      );
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateAnnotation).toEqual({
        id,
        period: '2025-Q1',
        text: 'A hotline started hash matching in March.',
        metric: 'hotline.urls.csam',
      });
      const visible = await graphql<{ annotations: { id: string; text: string }[] }>(
        api,
        PUBLIC_ANNOTATIONS,
      );
      expect(visible.data!.annotations.find((a) => a.id === id)?.text).toBe(
        'A hotline started hash matching in March.',
      );
      const audit = await auditOf(id);
      expect(audit.map((e) => e.action)).toEqual(['annotation.created', 'annotation.updated']);
      expect(audit[1]!.details).toEqual({
        before: { period: '2025-01', metric: null, text: 'A hotline started hash matching.' },
      });
    });

    it('refuses an empty or too long text, an unknown metric or period, and an unknown id', async () => {
      const id = await addAnnotation('Valid note.');
      const attempt = (variables: Record<string, unknown>) =>
        graphqlAs(api, reviewer, UPDATE, { id, period: '2025-01', text: 'Fine', ...variables });
      expect(code(await attempt({ text: '   ' }))).toBe('BAD_USER_INPUT');
      expect(code(await attempt({ text: 'x'.repeat(1001) }))).toBe('BAD_USER_INPUT');
      expect(code(await attempt({ metric: 'hotline.nonsense' }))).toBe('UNKNOWN_METRIC');
      expect(code(await attempt({ period: 'March' }))).toBe('BAD_USER_INPUT');
      expect(code(await attempt({ id: '00000000-0000-4000-8000-000000000000' }))).toBe(
        'ANNOTATION_NOT_FOUND',
      );
      expect(code(await attempt({ id: 'nope' }))).toBe('ANNOTATION_NOT_FOUND');
      expect(await auditOf(id)).toHaveLength(1);
    });

    it('deletes a note, with an audit entry keeping what it said', async () => {
      const id = await addAnnotation('Added by mistake.');
      const deleted = await graphqlAs<{ deleteAnnotation: string }>(api, reviewer, DELETE, { id });
      expect(deleted.data!.deleteAnnotation).toBe(id);
      const visible = await graphql<{ annotations: { id: string }[] }>(api, PUBLIC_ANNOTATIONS);
      expect(visible.data!.annotations.map((a) => a.id)).not.toContain(id);
      const audit = await auditOf(id);
      expect(audit.map((e) => e.action)).toEqual(['annotation.created', 'annotation.deleted']);
      expect(audit[1]!.details).toMatchObject({ period: '2025-01', text: 'Added by mistake.' });
      const again = await graphqlAs(api, reviewer, DELETE, { id });
      expect(code(again)).toBe('ANNOTATION_NOT_FOUND');
    });
  });
});
