import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { createInstance } from 'i18next';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { publicKitTranslations } from '@candor/web-public-kit';
import { AwaitingList } from '../awaiting/awaiting-list';
import { reportBuilderTranslations } from '../i18n';
import { OrgReleaseSection } from '../org-release/org-release-section';
import { reportReleasesQuery, reportsAwaitingApprovalQuery } from '../report-builder.documents';
import { BuildReport } from './build-report';
import { PreviewPanel, type ReportPreviewData } from './preview-panel';
import { PublishForm } from './publish-form';

const report = {
  __typename: 'TransparencyReport' as const,
  id: 'rep-1',
  key: 'rel-1/organization:acme/fr',
  series: 'network-quarter/organization:acme/fr',
  version: 1,
  status: 'awaiting_approval',
  releaseId: 'rel-1',
  releaseSeries: 'network-quarter',
  releaseVersion: 3,
  scope: 'organization:acme',
  scopeLabel: 'Acme Hotline',
  language: 'fr',
  title: 'Q1 2026 · Acme Hotline',
  periodFrom: '2026-Q1',
  periodTo: '2026-Q1',
  createdAt: '2026-05-01T10:00:00.000Z',
  publishedAt: null,
  files: [],
};

const release = (
  id: string,
  status: string,
  percent = 100,
  organizationName: string | null = null,
) => ({
  __typename: 'ReportRelease' as const,
  id,
  series: 'network-quarter',
  version: 3,
  title: `Release ${id}`,
  periodFrom: '2025-Q1',
  periodTo: '2026-Q1',
  granularity: 'quarter',
  status,
  percent,
  error: status === 'failed' ? 'Out of memory' : null,
  publishedAt: null,
  organizationName,
});

function render(node: ReactNode, language = 'en') {
  const i18n = createInstance();
  void i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: {},
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const bundles = { reportBuilder: reportBuilderTranslations, ...publicKitTranslations };
  for (const [ns, byLanguage] of Object.entries(bundles))
    for (const [lng, resources] of Object.entries(byLanguage))
      i18n.addResourceBundle(lng, ns, resources);
  const client = new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.empty() });
  client.writeQuery({
    query: reportsAwaitingApprovalQuery,
    data: { reportsAwaitingApproval: [report] },
  });
  client.writeQuery({
    query: reportReleasesQuery,
    data: {
      reportReleases: [
        release('own', 'building', 42, 'Acme Hotline'),
        release('pub', 'published'),
        release('draft', 'draft'),
        release('bad', 'failed', 10),
      ],
    },
  });
  return renderToStaticMarkup(
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <MemoryRouter initialEntries={['/reports/builder?lang=fr']}>{node}</MemoryRouter>
      </I18nextProvider>
    </ApolloProvider>,
  );
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the report builder (rendered to HTML)', () => {
  it('lists a report awaiting approval, with Approve for the organization’s admin', () => {
    const html = render(<AwaitingList adminSlugs={['acme']} />);
    expect(text(html)).toContain('Q1 2026 · Acme Hotline');
    expect(html).toContain('href="/reports/rel-1/organization%3Aacme/fr?lang=fr"');
    expect(text(html)).toContain('Approve and publish');
  });

  it('tells network staff that the report waits for the organization’s admin', () => {
    const html = render(<AwaitingList adminSlugs={[]} />);
    expect(text(html)).not.toContain('Approve and publish');
    expect(text(html)).toContain('Waits for the organization’s admin');
  });

  it('shows the releases with progress, failures and the own release’s organization', () => {
    const html = render(<BuildReport />);
    expect(text(html)).toContain('Step 1: pick a release');
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuenow="42"');
    expect(text(html)).toContain('Own release of Acme Hotline');
    expect(text(html)).toContain('The build failed: Out of memory');
    expect(text(html)).toContain('Pick a release first.');
    // The UI language is the default report language.
    expect(html).toMatch(/checked="" value="en"/);
    expect(html).toMatch(/<button type="submit"[^>]*disabled=""[^>]*>Preview</);
  });

  it('renders in French', () => {
    const html = render(<BuildReport />, 'fr');
    expect(text(html)).toContain('Étape 1 : choisir une publication');
    expect(html).toMatch(/checked="" value="fr"/);
  });

  it('shows the key figures, the checksums and the version a new report follows', () => {
    const preview: ReportPreviewData = {
      key: 'rel-1/network/en',
      jsonSha256: 'a'.repeat(64),
      csvSha256: 'b'.repeat(64),
      existing: null,
      follows: {
        id: 'v2',
        key: 'rel-0/network/en',
        version: 2,
        releaseId: 'rel-0',
        releaseVersion: 2,
        publishedAt: '2026-01-01T00:00:00.000Z',
      },
      content: {
        keyFigures: [
          {
            id: 'reports',
            metric: 'hotline.reports.received',
            kind: 'count',
            period: '2026-Q1',
            value: 1234,
            withheld: null,
            change: 0.25,
            changeKind: 'relative',
          },
          {
            id: 'medianTakedown',
            metric: 'hotline.takedown',
            kind: 'hours',
            period: '2026-Q1',
            value: null,
            withheld: 'contributors',
            change: null,
            changeWithheld: 'current_withheld',
          },
        ],
        trends: [],
      },
    };
    const html = render(
      <>
        <PreviewPanel
          preview={preview}
          heading="Whole network"
          language="en"
          path="/reports/rel-1/network/en"
        />
        <PublishForm
          releaseId="rel-1"
          scope="network"
          language="en"
          preview={preview}
          needsApproval={false}
          releaseReady
          onPublished={() => undefined}
        />
      </>,
    );
    const words = text(html);
    expect(words).toContain('This will be version 3 of this report.');
    expect(html).toContain('href="/reports/rel-0/network/en?lang=fr"');
    expect(words).toContain('Reports received by hotlines Q1 2026');
    expect(words).toContain('1,234');
    expect(words).toContain('+25%');
    expect(words).toContain('withheld (too few contributors)');
    expect(html).toContain('a'.repeat(64));
    expect(words).toContain('What changed and why');
    expect(html).toMatch(/<button type="submit"[^>]*disabled=""[^>]*>Publish</);
    expect(words).toContain('Say what changed and why before publishing.');
    expect(words).toContain('Open full preview');
  });

  it('offers the form for an organization’s own release', () => {
    const html = render(<OrgReleaseSection />);
    expect(html).toMatch(/<option value="quarter" selected="">Quarterly<\/option>/);
    expect(text(html)).toContain('For example 2026-Q1');
  });
});
