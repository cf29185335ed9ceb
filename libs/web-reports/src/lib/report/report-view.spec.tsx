import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { LEAKED, testMeta, testReport } from '../fixtures/report.fixture';
import { ReportView } from './report-view';
import { PAGE_SECTION_IDS, REPORT_SECTIONS } from './sections';

const render = (print: boolean, language: 'en' | 'fr' | 'de' | 'es' = 'en') =>
  renderToStaticMarkup(
    <MemoryRouter>
      <ReportView
        report={testReport()}
        meta={testMeta()}
        language={language}
        print={print}
        url="https://candor.example/reports/network-month-v4/network/en"
      />
    </MemoryRouter>,
  );

const sectionIds = (html: string) => [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);

describe('ReportView (rendered to HTML)', () => {
  it('renders the title page, the contents and every section in order, each with an h2', () => {
    const html = render(true);
    expect(sectionIds(html)).toEqual([...PAGE_SECTION_IDS]);
    for (const { id } of REPORT_SECTIONS)
      expect(html).toContain(
        `<section id="${id}" class="report-section" aria-labelledby="${id}-title"><h2 id="${id}-title">`,
      );
  });

  it('gives the contents an entry and an empty page-number span per section, in page order', () => {
    const html = render(true);
    const entries = [...html.matchAll(/data-toc-entry="([^"]+)"/g)].map((m) => m[1]);
    const pages = [
      ...html.matchAll(/<span class="report-toc__page" data-toc-page="([^"]+)"><\/span>/g),
    ].map((m) => m[1]);
    expect(entries).toEqual(REPORT_SECTIONS.map((s) => s.id));
    expect(pages).toEqual(entries);
    expect(html).toMatch(/<nav aria-labelledby="contents-title">/);
  });

  it('puts the translated page label for the PDF footer in a meta element', () => {
    expect(render(true, 'de')).toContain(
      '<meta name="report-page-label" content="Seite {page} von {pages}"/>',
    );
    expect(render(true, 'en')).toContain('content="Page {page} of {pages}"');
  });

  it('shows downloads and versions on screen only', () => {
    expect(render(false)).toContain('report-screen-only');
    expect(render(false)).toContain('data-file="report.pdf"');
    expect(render(true)).not.toContain('report-screen-only');
  });

  it('never shows a withheld value', () => {
    for (const print of [true, false]) {
      const html = render(print);
      expect(html).not.toContain(String(LEAKED));
      expect(html).not.toContain('987,654');
      expect(html).not.toContain('13.579');
    }
  });

  it('writes fixed texts in the report language, and quotes catalogue texts in English', () => {
    const html = render(true, 'es');
    expect(html).toContain(
      '<article class="transparency-report transparency-report--print" lang="es"',
    );
    expect(html).toContain('Cifras clave');
    expect(html).toContain('menos de 10');
    expect(html).toContain('<span lang="en">Reports received</span>');
  });
});
