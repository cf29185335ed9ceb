import { createHash } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReleaseDownloadsService, ReleasesService } from '@candor/api-releases';
import { SubmissionsService } from '@candor/api-submissions';
import { ReleaseCellEntity } from '@candor/db';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import {
  apiKeyFor,
  createNetwork,
  createOrganization,
  signedInAs,
  startTestApi,
  type TestCaller,
} from '../support/api';
import { hotlineDocument } from '../support/documents';
import { createFreshDatabase } from '../support/fresh-database';

const actor = { label: 'public-api-http-test' };
const IMMUTABLE = 'public, max-age=31536000, immutable';
const hex = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');
const SECRET_MT = 5;

interface CellKey {
  metric: string;
  scope: string;
  period: string;
  dimension: string | null;
  dimensionValue: string | null;
}

const SERIES =
  'query Series($id: ID!) { series(metric: "hotline.urls.csam", releaseId: $id) { period value suppression } }';
const LATEST = '{ latestRelease(granularity: "month") { id version } }';

/** Raw response bytes, whatever the content type. */
const bytes = (res: request.Response, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('public API over HTTP: caching, GET, persisted queries, rate limits, downloads', () => {
  let api: RunningApi;
  let database: Awaited<ReturnType<typeof createFreshDatabase>>;
  let publishedId: string;
  let draftId: string;
  let reviewer: TestCaller & { email: string };
  let apiKey: TestCaller;

  const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
    request(api.app.getHttpServer()).get('/graphql').query(params).set(headers);
  const post = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    request(api.app.getHttpServer()).post('/graphql').set(headers).send(body);
  /** A download with its body as raw bytes. */
  const download = async (path: string, headers: Record<string, string> = {}) => {
    const response = await request(api.app.getHttpServer())
      .get(path)
      .set(headers)
      .buffer(true)
      .parse(bytes);
    return { status: response.status, headers: response.headers, body: response.body as Buffer };
  };

  async function publishNewRelease(): Promise<string> {
    const releases = api.app.get(ReleasesService);
    const created = await releases.create(
      { periodFrom: '2025-01', periodTo: '2025-01', granularity: 'month' },
      actor,
      { buildNow: true },
    );
    return (await releases.publish(created.id, actor)).id;
  }

  beforeAll(async () => {
    database = await createFreshDatabase();
    api = await startTestApi({ databaseUrl: database.url, publicRateLimit: 0 });
    const submissions = api.app.get(SubmissionsService);
    for (const [index, scale] of [20, 12, 9].entries()) {
      const org = await createOrganization(api, { slug: `http-${index}` });
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
      const outcome = await submissions.submit({
        organizationId: org.id,
        document,
        source: 'api',
        actor,
      });
      if (!outcome.ok) throw new Error(`fixture refused: ${JSON.stringify(outcome.errors)}`);
      await submissions.review(outcome.submission!.id, 'accepted', null, actor);
      if (index === 0) {
        const admin = await signedInAs(api, org.id, 'admin', 'org-admin');
        apiKey = await apiKeyFor(api, org.id, admin);
      }
    }
    publishedId = await publishNewRelease();
    draftId = (
      await api.app
        .get(ReleasesService)
        .create({ periodFrom: '2025-01', periodTo: '2025-01', granularity: 'month' }, actor, {
          buildNow: true,
        })
    ).id;
    reviewer = await signedInAs(api, (await createNetwork(api)).id, 'reviewer');
  });

  afterAll(async () => {
    await api?.close();
    await database?.drop();
  });

  describe('answer cache and ETags', () => {
    it('serves a repeated answer about a named release from memory, immutable, with a strong ETag and 304', async () => {
      const params = { query: SERIES, variables: JSON.stringify({ id: publishedId }) };
      const first = await get(params);
      expect(first.status).toBe(200);
      expect(first.body.data.series.length).toBeGreaterThan(0);
      expect(first.headers['cache-control']).toBe(IMMUTABLE);
      expect(first.headers['etag']).toBe(`"sha256-${hex(first.text)}"`);
      expect(first.headers['x-cache']).toBe('MISS');

      const again = await get(params);
      expect(again.headers['x-cache']).toBe('HIT');
      expect(again.text).toBe(first.text);
      expect(again.headers['etag']).toBe(first.headers['etag']);

      const conditional = await get(params, { 'If-None-Match': first.headers['etag']! });
      expect(conditional.status).toBe(304);
      expect(conditional.text).toBe('');
      expect(conditional.headers['etag']).toBe(first.headers['etag']);
      expect(conditional.headers['cache-control']).toBe(IMMUTABLE);

      const stale = await get(params, { 'If-None-Match': '"sha256-0"' });
      expect(stale.status).toBe(200);

      const byPost = await post({ query: SERIES, variables: { id: publishedId } });
      expect(byPost.headers['x-cache']).toBe('HIT');
      expect(byPost.text).toBe(first.text);
    });

    it('gives answers about the latest release a short lifetime and an ETag', async () => {
      const first = await get({ query: LATEST });
      expect(first.status).toBe(200);
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      expect(first.headers['etag']).toBe(`"sha256-${hex(first.text)}"`);
      expect((await get({ query: LATEST })).headers['x-cache']).toBe('HIT');
    });

    it('never serves a signed-in or API-key request from the cache', async () => {
      const params = { query: SERIES, variables: JSON.stringify({ id: publishedId }) };
      await get(params);
      expect((await get(params)).headers['x-cache']).toBe('HIT');
      for (const caller of [reviewer, apiKey]) {
        const answer = await post(
          { query: SERIES, variables: { id: publishedId } },
          caller.headers,
        );
        expect(answer.status).toBe(200);
        expect(answer.body.data.series.length).toBeGreaterThan(0);
        expect(answer.headers['x-cache']).toBeUndefined();
        expect(answer.headers['etag'] ?? '').not.toMatch(/^"sha256-/);
        expect(answer.headers['cache-control']).toBe('no-store');
      }
      const signedInGet = await get(params, {
        ...reviewer.headers,
        'apollo-require-preflight': 'true',
      });
      expect(signedInGet.status).toBe(200);
      expect(signedInGet.headers['x-cache']).toBeUndefined();
    });

    it('answers about the latest release change once a release is published or withdrawn', async () => {
      const before = await get({ query: LATEST });
      expect((await get({ query: LATEST })).headers['x-cache']).toBe('HIT');

      const newId = await publishNewRelease();
      const after = await get({ query: LATEST }, { 'If-None-Match': before.headers['etag']! });
      expect(after.status).toBe(200);
      expect(after.headers['x-cache']).toBe('MISS');
      expect(after.body.data.latestRelease.id).toBe(newId);
      expect(before.body.data.latestRelease.id).not.toBe(newId);
      expect(after.headers['etag']).not.toBe(before.headers['etag']);

      const list = await get({ query: '{ releases { id status } }' });
      expect(list.body.data.releases.map((r: { id: string }) => r.id)).toContain(newId);

      await api.app.get(ReleasesService).withdraw(newId, 'a test withdrawal', actor);
      const withdrawn = await get({ query: LATEST });
      expect(withdrawn.headers['x-cache']).toBe('MISS');
      expect(withdrawn.body.data.latestRelease.id).not.toBe(newId);
      const relisted = await get({ query: '{ releases { id status } }' });
      expect(relisted.headers['x-cache']).toBe('MISS');
      expect(relisted.body.data.releases.find((r: { id: string }) => r.id === newId).status).toBe(
        'withdrawn',
      );
    });

    it('never caches an answer with errors, nor a mutation', async () => {
      const bad = {
        query: 'query ($id: ID!) { series(metric: "no.such.metric", releaseId: $id) { value } }',
        variables: JSON.stringify({ id: publishedId }),
      };
      for (let i = 0; i < 2; i++) {
        const answer = await get(bad);
        expect(answer.body.errors.length).toBeGreaterThan(0);
        expect(answer.headers['x-cache']).toBeUndefined();
        expect(answer.headers['cache-control']).not.toMatch(/public/);
      }
      const draft = { query: SERIES, variables: JSON.stringify({ id: draftId }) };
      for (let i = 0; i < 2; i++) {
        const answer = await get(draft);
        expect(answer.body.errors[0].extensions.code).toBe('RELEASE_NOT_FOUND');
        expect(answer.headers['x-cache']).toBeUndefined();
      }
      for (let i = 0; i < 2; i++) {
        const answer = await post({ query: 'mutation { logout }' });
        expect(answer.status).toBe(200);
        expect(answer.headers['x-cache']).toBeUndefined();
      }
    });
  });

  describe('GET and persisted queries', () => {
    it('runs a query by plain GET with no custom header, and refuses a mutation by GET', async () => {
      const query = await get({ query: '{ releases { id } }' });
      expect(query.status).toBe(200);
      expect(query.body.data.releases.map((r: { id: string }) => r.id)).toContain(publishedId);

      const mutation = await get({ query: 'mutation { logout }' });
      expect(mutation.status).toBe(405);
      expect(mutation.headers['allow']).toBe('POST');
      expect(mutation.body.errors[0].message).toMatch(/not mutation/);
    });

    it('refuses a GET carrying the session cookie without a preflight header (CSRF)', async () => {
      const forged = await get({ query: '{ me { label } }' }, reviewer.headers);
      expect(forged.status).toBe(400);
      expect(forged.body.errors[0].message).toMatch(/CSRF/);
      const preflighted = await get(
        { query: '{ me { label } }' },
        { ...reviewer.headers, 'apollo-require-preflight': 'true' },
      );
      expect(preflighted.body.data.me.label).toBe(reviewer.email);
    });

    it.each([
      ['a cached public query', 'query ApqReleases { releases { id version } }', 'HIT'],
      [
        'an uncached query (Apollo’s own store)',
        'query ApqMetrics { metrics { code } }',
        undefined,
      ],
    ])('serves %s by hash after registering it', async (_label, text, cache) => {
      const extensions = JSON.stringify({
        persistedQuery: { version: 1, sha256Hash: hex(text) },
      });
      const miss = await get({ extensions });
      expect(miss.status).toBe(200);
      expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

      const registered = await get({ query: text, extensions });
      expect(registered.status).toBe(200);
      expect(registered.body.errors).toBeUndefined();

      const byHash = await get({ extensions });
      expect(byHash.status).toBe(200);
      expect(byHash.body.data).toEqual(registered.body.data);
      expect(byHash.headers['x-cache']).toBe(cache);
    });
  });

  describe('downloads', () => {
    const path = (id: string, file: string) => `/api/releases/${id}/${file}`;

    it('serves the canonical CSV: its SHA-256 is the release checksum, immutable, 304 when unchanged', async () => {
      const release = await get({
        query:
          'query ($id: ID!) { release(id: $id) { version checksum downloads { name url mediaType sha256 } } }',
        variables: JSON.stringify({ id: publishedId }),
      });
      const { checksum, version, downloads } = release.body.data.release;
      expect(downloads.map((d: { name: string }) => d.name)).toEqual([
        'cells.csv',
        'cells.json',
        'statistics.json',
        'datapackage.json',
      ]);
      const csvLink = downloads[0];
      expect(csvLink).toEqual({
        name: 'cells.csv',
        url: path(publishedId, 'cells.csv'),
        mediaType: 'text/csv',
        sha256: checksum,
      });

      const csv = await download(csvLink.url);
      expect(csv.status).toBe(200);
      expect(hex(csv.body)).toBe(checksum);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe(
        `attachment; filename="candor-network-month-v${version}-cells.csv"`,
      );
      expect(csv.headers['etag']).toBe(`"sha256-${checksum}"`);
      expect(csv.headers['cache-control']).toBe(IMMUTABLE);

      const unchanged = await download(csvLink.url, { 'If-None-Match': csv.headers['etag']! });
      expect(unchanged.status).toBe(304);
      expect(unchanged.body.length).toBe(0);
    });

    it('describes every file in datapackage.json with its exact size and hash, and the bytes never change', async () => {
      const descriptor = await download(path(publishedId, 'datapackage.json'));
      expect(descriptor.status).toBe(200);
      const pkg = JSON.parse(descriptor.body.toString('utf8'));
      expect(pkg).toMatchObject({ name: 'candor-network-month-v1', version: '1' });
      expect(pkg.resources).toHaveLength(3);
      for (const resource of pkg.resources) {
        const file = await download(path(publishedId, resource.path));
        expect(file.status).toBe(200);
        expect(file.body.length).toBe(resource.bytes);
        expect(resource.hash).toBe(`sha256:${hex(file.body)}`);
        expect(file.headers['etag']).toBe(`"sha256-${hex(file.body)}"`);
      }
      // A fresh build from the database gives the same bytes as the ones served.
      const rebuilt = await api.app.get(ReleaseDownloadsService).build(publishedId);
      for (const name of [
        'cells.csv',
        'cells.json',
        'statistics.json',
        'datapackage.json',
      ] as const) {
        const served = await download(path(publishedId, name));
        expect(rebuilt![name].body.equals(served.body)).toBe(true);
      }
    });

    it('has nothing for a draft, an unknown release or an unknown file', async () => {
      for (const url of [
        path(draftId, 'cells.csv'),
        path(draftId, 'cells.json'),
        path(draftId, 'statistics.json'),
        path(draftId, 'datapackage.json'),
        path('00000000-0000-4000-8000-000000000000', 'cells.csv'),
        path('not-a-uuid', 'cells.csv'),
        path(publishedId, 'secrets.txt'),
      ]) {
        const answer = await request(api.app.getHttpServer()).get(url);
        expect([url, answer.status]).toEqual([url, 404]);
        expect(answer.body.error.code).toBe('NOT_FOUND');
      }
    });

    it('contains no value of any suppressed cell', async () => {
      const cells = await api.app
        .get(DataSource)
        .getRepository(ReleaseCellEntity)
        .findBy({ releaseId: publishedId });
      const suppressed = cells.filter((c) => c.suppression !== null);
      expect(suppressed.some((c) => c.dimensionValue === 'MT')).toBe(true);

      const key = (c: CellKey) =>
        [c.metric, c.scope, c.period, c.dimension ?? '', c.dimensionValue ?? ''].join('|');
      const csvText = (await download(path(publishedId, 'cells.csv'))).body.toString('utf8');
      const csvRows = new Map(
        csvText
          .trim()
          .split('\n')
          .slice(1)
          .map((line) => line.split(','))
          .map(([metric, scope, period, dimension, dimensionValue, value, suppression]) => [
            key({
              metric: metric!,
              scope: scope!,
              period: period!,
              dimension: dimension!,
              dimensionValue: dimensionValue!,
            }),
            { value, suppression },
          ]),
      );
      const json = JSON.parse(
        (await download(path(publishedId, 'cells.json'))).body.toString('utf8'),
      ) as { cells: (CellKey & { value: number | null; suppression: string | null })[] };
      const jsonCells = new Map(json.cells.map((c) => [key(c), c]));
      expect(csvRows.size).toBe(cells.length);
      expect(jsonCells.size).toBe(cells.length);
      for (const cell of suppressed) {
        expect(csvRows.get(key(cell))).toEqual({ value: '', suppression: cell.suppression });
        expect(jsonCells.get(key(cell))).toMatchObject({
          value: null,
          suppression: cell.suppression,
        });
      }
    });
  });

  describe('rate limit per client address', () => {
    const LIMIT = 4;
    let limited: RunningApi;
    let signedIn: TestCaller;

    beforeAll(async () => {
      limited = await startTestApi({ databaseUrl: database.url, publicRateLimit: LIMIT });
      // Signing in is an anonymous request: it counts (1 of 4).
      signedIn = await signedInAs(limited, (await createNetwork(limited)).id, 'reviewer');
    });

    afterAll(async () => {
      await limited?.close();
    });

    it('answers 429 with Retry-After once an address has used its requests, cached ones included', async () => {
      const server = limited.app.getHttpServer();
      const query = { query: '{ releases { id } }' };
      const cache: unknown[] = [];
      for (let i = 2; i <= LIMIT; i++) {
        const answer = await request(server).get('/graphql').query(query);
        expect(answer.status).toBe(200);
        cache.push(answer.headers['x-cache']);
      }
      expect(cache).toEqual(['MISS', 'HIT', 'HIT']);

      const refused = await request(server).get('/graphql').query(query);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(refused.body.errors[0].message).toMatch(/Too many requests/);

      const refusedDownload = await request(server).get(`/api/releases/${publishedId}/cells.csv`);
      expect(refusedDownload.status).toBe(429);
      expect(refusedDownload.headers['retry-after']).toBeDefined();
      expect(refusedDownload.body.error.code).toBe('RATE_LIMITED');

      // A made-up credential does not dodge the limit; a real one is not counted.
      const madeUp = await request(server)
        .post('/graphql')
        .set('Authorization', 'Bearer not-a-key')
        .send(query);
      expect(madeUp.status).toBe(429);
      const member = await request(server).post('/graphql').set(signedIn.headers).send(query);
      expect(member.status).toBe(200);
      expect(member.body.data.releases.length).toBeGreaterThan(0);
    });
  });
});
