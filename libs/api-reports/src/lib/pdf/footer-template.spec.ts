import { DEFAULT_PAGE_LABEL, footerTemplate } from './footer-template';

describe('footerTemplate', () => {
  it("puts Chromium's page number placeholders into the page's words", () => {
    const html = footerTemplate('Seite {page} von {pages}', { language: 'de' });
    expect(html).toContain(
      'Seite <span class="pageNumber"></span> von <span class="totalPages"></span>',
    );
    expect(html).toContain(' lang="de"');
    expect(html).toContain('font-size:8pt');
  });

  it('falls back to English without words', () => {
    expect(DEFAULT_PAGE_LABEL).toBe('Page {page} of {pages}');
    for (const label of [null, undefined, '  ']) {
      expect(footerTemplate(label)).toContain(
        'Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
      );
    }
  });

  it("escapes the page's words", () => {
    const html = footerTemplate('<img src=x onerror=alert(1)> {page}', { language: '"x' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; <span class="pageNumber"></span>');
    expect(html).toContain(' lang="&quot;x"');
  });
});
