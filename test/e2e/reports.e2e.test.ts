import request from 'supertest';
import { ReleasesService } from '@candor/api-releases';
import { SubmissionsService } from '@candor/api-submissions';
import { sha256 } from '@candor/reports';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import {
  apiKeyFor,
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

const actor = { label: 'reports-test' };
const MONTHS = ['2025-01', '2025-02', '2025-03'];
/** Only one hotline reports content hosted in Malta: a one-contributor cell. */
const SECRET_MT = 7;

const REPORT_FIELDS =
  'id key series version status title scopeLabel jsonSha256 csvSha256 changeNote changes files { name url sha256 } versions { version releaseVersion changeNote }';

interface ReportAnswer {
  id: string;
  key: string;
  series: string;
  version: number;
  status: string;
  jsonSha256: string;
  csvSha256: string;
  changeNote: string | null;
  changes: string[];
  files: { name: string; url: string; sha256: string | null }[];
  versions: { version: number; releaseVersion: number; changeNote: string | null }[];
}

const PUBLISH = `mutation ($input: PublishReportInput!) { publishReport(input: $input) { ${REPORT_FIELDS} } }`;

/** Transparency reports over GraphQL and HTTP: who prepares, approves and reads what. */
describe('transparency reports', () => {
  let api: RunningApi;
  let database: Awaited<ReturnType<typeof createFreshDatabase>>;
  let reviewer: TestCaller;
  let attributedAdmin: TestCaller & { accountId: string };
  let otherAdmin: TestCaller;
  let submitter: TestCaller;
  let attributedSlug: string;
  let attributedOrgId: string;
  let monthlyId: string;
  let draftId: string;

  const http = () => request(api.app.getHttpServer());

  async function submitMonth(
    organizationId: string,
    month: string,
    scale: number,
    attributed: boolean,
    withMalta: boolean,
  ) {
    const submissions = api.app.get(SubmissionsService);
    const document = hotlineDocument(month, scale);
    if (withMalta) {
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
      organizationId,
      document,
      source: 'api',
      actor,
      attributed,
    });
    if (!outcome.ok) throw new Error(`fixture refused: ${JSON.stringify(outcome.errors)}`);
    await submissions.review(outcome.submission!.id, 'accepted', null, actor);
  }

  beforeAll(async () => {
    database = await createFreshDatabase();
    api = await startTestApi({ databaseUrl: database.url });
    const network = await createNetwork(api);
    reviewer = await signedInAs(api, network.id, 'reviewer');
    const hotlines = [];
    // Three hotlines publish anonymously; the fourth also under its own name (so its figure is
    // public, and the network cells still have three unknown contributors).
    for (const [index, scale] of [20, 12, 9, 15].entries()) {
      const org = await createOrganization(api, { slug: `report-hotline-${index}` });
      hotlines.push(org);
      for (const month of MONTHS) await submitMonth(org.id, month, scale, index === 3, index === 1);
    }
    attributedSlug = hotlines[3]!.slug;
    attributedOrgId = hotlines[3]!.id;
    attributedAdmin = await signedInAs(api, hotlines[3]!.id, 'admin', 'attributed admin');
    otherAdmin = await signedInAs(api, hotlines[0]!.id, 'admin', 'other admin');
    submitter = await signedInAs(api, hotlines[3]!.id, 'submitter', 'submitter');
    const releases = api.app.get(ReleasesService);
    const monthly = await releases.create(
      { periodFrom: '2025-01', periodTo: '2025-03', granularity: 'month', title: 'Test months' },
      actor,
      { buildNow: true },
    );
    monthlyId = (await releases.publish(monthly.id, actor)).id;
    draftId = (
      await releases.create(
        { periodFrom: '2025-Q1', periodTo: '2025-Q1', granularity: 'quarter' },
        actor,
        { buildNow: true },
      )
    ).id;
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await database.drop();
  });

  it('shows nothing to anonymous callers before a report is published', async () => {
    const list = await graphql<{ transparencyReports: unknown[] }>(
      api,
      '{ transparencyReports { id } }',
    );
    expect(list.data!.transparencyReports).toEqual([]);
    const one = await graphql(
      api,
      'query ($r: ID!) { transparencyReport(releaseId: $r, scope: "network", language: "en") { id } }',
      { r: monthlyId },
    );
    expect(one.data).toEqual({ transparencyReport: null });
    const file = await http().get(`/api/reports/${monthlyId}/network/en/report.json`);
    expect(file.status).toBe(404);
    expect(file.body.error.code).toBe('REPORT_NOT_FOUND');
  });

  it('refuses report building to anonymous callers and submitters', async () => {
    const query =
      'query ($r: ID!) { reportPreview(releaseId: $r, scope: "network", language: "en") { key } }';
    const anonymous = await graphql(api, query, { r: monthlyId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await graphqlAs(api, submitter, query, { r: monthlyId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const publish = await graphqlAs(api, otherAdmin, PUBLISH, {
      input: { releaseId: monthlyId, scope: 'network', language: 'en' },
    });
    expect(publish.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // An API key submits figures; it never publishes reports, even its organization's own.
    const key = await apiKeyFor(api, attributedOrgId, attributedAdmin);
    const byKey = await graphqlAs(api, key, PUBLISH, {
      input: { releaseId: monthlyId, scope: `organization:${attributedSlug}`, language: 'en' },
    });
    expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(byKey.errors?.[0]?.extensions?.code);
  });

  it('names a bad scope or language and refuses a draft release', async () => {
    const bad = await graphqlAs(api, reviewer, PUBLISH, {
      input: { releaseId: monthlyId, scope: 'world', language: 'en' },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('"world" is not a report scope');
    const language = await graphqlAs(api, reviewer, PUBLISH, {
      input: { releaseId: monthlyId, scope: 'network', language: 'it' },
    });
    expect(language.errors?.[0]?.message).toContain('"it" is not a report language');
    const draft = await graphqlAs(api, reviewer, PUBLISH, {
      input: { releaseId: draftId, scope: 'network', language: 'en' },
    });
    expect(draft.errors?.[0]?.extensions?.code).toBe('RELEASE_NOT_READY');
    const stored = await graphql<{ transparencyReports: unknown[] }>(
      api,
      '{ transparencyReports { id } }',
    );
    expect(stored.data!.transparencyReports).toEqual([]);
  });

  it('publishes the network report: the same bytes as the preview, downloadable with a data package', async () => {
    const preview = await graphqlAs<{ reportPreview: { jsonSha256: string; csvSha256: string } }>(
      api,
      reviewer,
      'query ($r: ID!) { reportPreview(releaseId: $r, scope: "network", language: "en") { jsonSha256 csvSha256 } }',
      { r: monthlyId },
    );
    const again = await graphqlAs<{ reportPreview: { jsonSha256: string; csvSha256: string } }>(
      api,
      reviewer,
      'query ($r: ID!) { reportPreview(releaseId: $r, scope: "network", language: "en") { jsonSha256 csvSha256 } }',
      { r: monthlyId },
    );
    expect(again.errors).toBeUndefined();
    expect(again.data!.reportPreview).toEqual(preview.data!.reportPreview);

    const published = await graphqlAs<{ publishReport: ReportAnswer }>(api, reviewer, PUBLISH, {
      input: { releaseId: monthlyId, scope: 'network', language: 'en' },
    });
    const report = published.data!.publishReport;
    expect(report).toMatchObject({ version: 1, status: 'published', changes: [] });
    expect(report.jsonSha256).toBe(preview.data!.reportPreview.jsonSha256);

    const json = await http().get(`/api/reports/${monthlyId}/network/en/report.json`);
    expect(json.status).toBe(200);
    expect(sha256(json.text)).toBe(report.jsonSha256);
    expect(json.headers['etag']).toBe(`"sha256-${report.jsonSha256}"`);
    const cached = await http()
      .get(`/api/reports/${monthlyId}/network/en/report.json`)
      .set('If-None-Match', json.headers['etag']!);
    expect(cached.status).toBe(304);
    const csv = await http().get(`/reports/${monthlyId}/network/en/report.csv`);
    expect(sha256(csv.text)).toBe(report.csvSha256);
    expect(csv.text.split('\n')[0]).toBe(
      'section,item,metric,period,dimension,dimension_value,measure,value,withheld',
    );

    const descriptor = await http().get(`/api/reports/${monthlyId}/network/en/datapackage.json`);
    const pkg = JSON.parse(descriptor.text) as { resources: { path: string; hash: string }[] };
    expect(pkg.resources.map((r) => [r.path, r.hash])).toEqual([
      ['report.csv', `sha256:${report.csvSha256}`],
      ['report.json', `sha256:${report.jsonSha256}`],
    ]);
    expect(sha256(descriptor.text)).toBe(
      report.files.find((f) => f.name === 'datapackage.json')!.sha256,
    );

    const index = await http().get('/api/reports');
    expect(index.body.reports.map((r: { key: string }) => r.key)).toEqual([report.key]);

    const twice = await graphqlAs(api, reviewer, PUBLISH, {
      input: { releaseId: monthlyId, scope: 'network', language: 'en' },
    });
    expect(twice.errors?.[0]?.extensions?.code).toBe('ALREADY_PUBLISHED');
  });

  it('never puts a withheld value in a public report', async () => {
    const json = await http().get(`/api/reports/${monthlyId}/network/en/report.json`);
    const report = JSON.parse(json.text) as {
      appendix: { dimensionValue: string; value: number | null; withheld: string | null }[];
      countries: {
        countries: { country: string; value: number | null; withheld: string | null }[];
      };
      methodology: Record<string, unknown>;
    };
    const malta = report.countries.countries.find((c) => c.country === 'MT');
    expect(malta).toMatchObject({ value: null });
    expect(malta?.withheld).toBeTruthy();
    for (const row of report.appendix) if (row.withheld !== null) expect(row.value).toBeNull();
    for (const row of report.appendix.filter((r) => r.dimensionValue === 'MT'))
      expect(row.value).toBeNull();
    expect(JSON.stringify(report.methodology)).not.toMatch(/"p"/);
    const csv = await http().get(`/api/reports/${monthlyId}/network/en/report.csv`);
    for (const line of csv.text.split('\n').filter((l) => l.includes(',MT,')))
      expect(line).toMatch(/,,[a-z_]+$/);
  });

  it('holds a report of an organization’s own figures until its admin approves it', async () => {
    const scope = `organization:${attributedSlug}`;
    const scopes = await graphqlAs<{ reportScopes: { key: string; needsApproval: boolean }[] }>(
      api,
      reviewer,
      'query ($r: ID!) { reportScopes(releaseId: $r) { key needsApproval } }',
      { r: monthlyId },
    );
    expect(scopes.data!.reportScopes).toContainEqual({ key: scope, needsApproval: true });
    expect(scopes.data!.reportScopes.map((s) => s.key)).toEqual(
      expect.arrayContaining(['network', 'hotlines', 'country:NL']),
    );

    const submitted = await graphqlAs<{ publishReport: ReportAnswer }>(api, reviewer, PUBLISH, {
      input: { releaseId: monthlyId, scope, language: 'fr' },
    });
    const pending = submitted.data!.publishReport;
    expect(pending.status).toBe('awaiting_approval');
    const path = `/api/reports/${monthlyId}/${encodeURIComponent(scope)}/fr/report.json`;
    expect((await http().get(path)).status).toBe(404);
    const hidden = await graphql(
      api,
      'query ($r: ID!, $s: String!) { transparencyReport(releaseId: $r, scope: $s, language: "fr") { id } }',
      { r: monthlyId, s: scope },
    );
    expect(hidden.data).toEqual({ transparencyReport: null });

    const notTheirs = await graphqlAs(
      api,
      otherAdmin,
      'mutation ($id: ID!) { approveReport(id: $id) { status } }',
      { id: pending.id },
    );
    expect(notTheirs.errors?.[0]?.extensions?.code).toBe('REPORT_NOT_FOUND');
    const byStaff = await graphqlAs(
      api,
      reviewer,
      'mutation ($id: ID!) { approveReport(id: $id) { status } }',
      { id: pending.id },
    );
    expect(byStaff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const waiting = await graphqlAs<{ reportsAwaitingApproval: { id: string }[] }>(
      api,
      attributedAdmin,
      '{ reportsAwaitingApproval { id } }',
    );
    expect(waiting.data!.reportsAwaitingApproval.map((r) => r.id)).toEqual([pending.id]);
    const approved = await graphqlAs<{ approveReport: { status: string } }>(
      api,
      attributedAdmin,
      'mutation ($id: ID!) { approveReport(id: $id) { status } }',
      { id: pending.id },
    );
    expect(approved.data!.approveReport.status).toBe('published');
    const file = await http().get(path);
    expect(file.status).toBe(200);
    const content = JSON.parse(file.text) as { titlePage: { scope: string; language: string } };
    expect(content.titlePage).toMatchObject({ scope, language: 'fr' });
  });

  it('publishes a newer version only with a reason, says what changed, and keeps the older one', async () => {
    const submissions = api.app.get(SubmissionsService);
    const org = await createOrganization(api, { slug: 'report-late-hotline' });
    for (const month of MONTHS) {
      const outcome = await submissions.submit({
        organizationId: org.id,
        document: hotlineDocument(month, 3),
        source: 'api',
        actor,
      });
      await submissions.review(outcome.submission!.id, 'accepted', null, actor);
    }
    const releases = api.app.get(ReleasesService);
    const second = await releases.create(
      { periodFrom: '2025-01', periodTo: '2025-03', granularity: 'month', title: 'Test months' },
      actor,
      { buildNow: true },
    );
    await releases.publish(second.id, actor);

    const silent = await graphqlAs(api, reviewer, PUBLISH, {
      input: { releaseId: second.id, scope: 'network', language: 'en' },
    });
    expect(silent.errors?.[0]?.extensions?.code).toBe('REASON_REQUIRED');
    const reason = 'A fourth hotline’s figures arrived late.';
    const next = await graphqlAs<{ publishReport: ReportAnswer }>(api, reviewer, PUBLISH, {
      input: { releaseId: second.id, scope: 'network', language: 'en', changeNote: reason },
    });
    const v2 = next.data!.publishReport;
    expect(v2).toMatchObject({ version: 2, changeNote: reason });
    expect(v2.changes[0]).toBe('Built from release network-month v2 instead of network-month v1.');
    expect(v2.changes.join('\n')).toMatch(/Reports received, 2025-0\d: [\d,]+ → [\d,]+\./);
    expect(v2.versions.map((v) => [v.version, v.releaseVersion])).toEqual([
      [2, 2],
      [1, 1],
    ]);
    expect((await http().get(`/api/reports/${monthlyId}/network/en/report.json`)).status).toBe(200);
  });

  it('lets an organization admin build its own release and publish its report without a network release', async () => {
    const refused = await graphqlAs(
      api,
      reviewer,
      'mutation { createOrganizationRelease(input: { periodFrom: "2025-Q1", periodTo: "2025-Q1", granularity: "quarter" }) { id } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notAttributed = await graphqlAs(
      api,
      otherAdmin,
      'mutation { createOrganizationRelease(input: { periodFrom: "2025-Q1", periodTo: "2025-Q1", granularity: "quarter" }) { id } }',
    );
    expect(notAttributed.errors?.[0]?.extensions?.code).toBe('NOT_ATTRIBUTED');

    const created = await graphqlAs<{ createOrganizationRelease: { id: string; series: string } }>(
      api,
      attributedAdmin,
      'mutation { createOrganizationRelease(input: { periodFrom: "2025-Q1", periodTo: "2025-Q1", granularity: "quarter" }) { id series } }',
    );
    const release = created.data!.createOrganizationRelease;
    expect(release.series).toBe(`organization-${attributedSlug}-quarter`);
    let status = 'building';
    for (let i = 0; i < 60 && status === 'building'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const listed = await graphqlAs<{ reportReleases: { id: string; status: string }[] }>(
        api,
        attributedAdmin,
        '{ reportReleases { id status } }',
      );
      status = listed.data!.reportReleases.find((r) => r.id === release.id)!.status;
    }
    expect(status).toBe('draft');
    const ownScope = `organization:${attributedSlug}`;
    const byOther = await graphqlAs(api, otherAdmin, PUBLISH, {
      input: { releaseId: release.id, scope: ownScope, language: 'en' },
    });
    expect(byOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const networkScope = await graphqlAs(api, attributedAdmin, PUBLISH, {
      input: { releaseId: release.id, scope: 'network', language: 'en' },
    });
    expect(networkScope.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const own = await graphqlAs<{ publishReport: ReportAnswer }>(api, attributedAdmin, PUBLISH, {
      input: { releaseId: release.id, scope: ownScope, language: 'en' },
    });
    expect(own.data!.publishReport).toMatchObject({ status: 'published', version: 1 });
    const json = await http().get(
      `/api/reports/${release.id}/${encodeURIComponent(ownScope)}/en/report.json`,
    );
    const content = JSON.parse(json.text) as {
      titlePage: { publishedAt: string | null };
      keyFigures: { id: string; value: number | null }[];
    };
    expect(content.titlePage.publishedAt).not.toBeNull();
    // Its own figures, exempt from the contributor rule: 15 × 100 reports a month, 3 months.
    expect(content.keyFigures.find((f) => f.id === 'reports')!.value).toBe(4500);
    const publicRelease = await graphql<{ release: { status: string } }>(
      api,
      'query ($id: ID!) { release(id: $id) { status } }',
      { id: release.id },
    );
    expect(publicRelease.data!.release.status).toBe('published');
    // The network's own lists and "latest" never pick an organization's release.
    const latest = await graphql<{ latestRelease: { id: string } }>(
      api,
      '{ latestRelease { id } }',
    );
    expect(latest.data!.latestRelease.id).not.toBe(release.id);
  });
});
