import request from 'supertest';
import { METRICS } from '@candor/catalogue';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import { createOrganization, graphql, startTestApi } from '../support/api';

describe('API over HTTP (PostgreSQL server)', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('reports a healthy database on GET /health', async () => {
    const response = await request(api.url!).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      database: { status: 'up', mode: 'server' },
    });
    expect(typeof response.body.database.latencyMs).toBe('number');
  });

  it('serves the whole catalogue with definitions', async () => {
    const result = await graphql<{
      metrics: { code: string; definition: string; dimensions: { code: string }[] }[];
    }>(api, '{ metrics { code definition dimensions { code } } }');
    expect(result.errors).toBeUndefined();
    expect(result.data!.metrics.map((m) => m.code)).toEqual(METRICS.map((m) => m.code));
    for (const metric of result.data!.metrics) expect(metric.definition.length).toBeGreaterThan(20);
    const csam = result.data!.metrics.find((m) => m.code === 'hotline.urls.csam')!;
    expect(csam.dimensions.map((d) => d.code)).toContain('hosting_country');
  });

  it('filters metrics by submitter kind', async () => {
    const result = await graphql<{ metrics: { code: string }[] }>(
      api,
      '{ metrics(submittedBy: "company") { code } }',
    );
    const codes = result.data!.metrics.map((m) => m.code);
    expect(codes).toContain('company.takedown');
    expect(codes).toContain('content.files.known');
    expect(codes).not.toContain('hotline.reports.received');
  });

  it('lists organizations, filtered by kind', async () => {
    const hotline = await createOrganization(api, { kind: 'hotline' });
    const company = await createOrganization(api, { kind: 'company', cadence: 'quarter' });
    const result = await graphql<{ organizations: { slug: string; kind: string }[] }>(
      api,
      'query ($kind: OrganizationKind) { organizations(kind: $kind) { slug kind } }',
      { kind: 'company' },
    );
    const slugs = result.data!.organizations.map((o) => o.slug);
    expect(slugs).toContain(company.slug);
    expect(slugs).not.toContain(hotline.slug);
    expect(result.data!.organizations.every((o) => o.kind === 'company')).toBe(true);
  });

  it('answers concurrent requests', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        graphql<{ metrics: unknown[]; organizations: unknown[] }>(
          api,
          '{ metrics { code } organizations { id } }',
        ),
      ),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.metrics).toHaveLength(METRICS.length);
    }
  });

  it('rejects an invalid query with a validation error, not a server error', async () => {
    const result = await graphql(api, '{ metrics { nope } }');
    expect(result.status).toBe(400);
    expect(result.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects an unknown metric with a clear code', async () => {
    const result = await graphql(api, '{ series(metric: "hotline.nope") { period } }');
    expect(result.errors![0]).toMatchObject({
      message: '"hotline.nope" is not a metric of the catalogue.',
      extensions: { code: 'UNKNOWN_METRIC' },
    });
  });

  it('refuses a query nested deeper than the limit', async () => {
    const deep = '{ a { b { c { d { e { f { g { h { i { j } } } } } } } } } }';
    const result = await graphql(api, deep);
    expect(result.status).toBe(400);
    expect(result.errors!.map((e) => e.message)).toContainEqual(
      expect.stringContaining('exceeds maximum operation depth of 8'),
    );
  });

  it('refuses a hostile fan-out query by its cost, before running it', async () => {
    const aliases = Array.from({ length: 1100 }, (_, i) => `m${i}: metrics { code }`).join(' ');
    const result = await graphql(api, `{ ${aliases} }`);
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(result.errors![0]!.message).toMatch(
      /^This query is too costly \(2200 fields; the limit is 2000\)/,
    );
  });
});
