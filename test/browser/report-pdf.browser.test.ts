// The report PDF renderer in Chromium against a static report page served from this test: A4
// pages, the "Page X of Y" footer in the page's words, TOC page numbers filled in (each section's
// heading is on the page its TOC line says), the chart kept as vector text, stable output, and
// the failures (no Chromium, a page that reports an error, never gets ready, or is missing).
// Text is read with poppler's pdftotext (`apt-get install poppler-utils`).
import { jest } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import {
  PdfRenderError,
  PdfRenderer,
  PdfRendererUnavailable,
  type RenderedPdf,
} from '../../libs/api-reports/src/lib/pdf/index';

jest.setTimeout(60_000);

const run = promisify(execFile);
/** Where browser tests leave what they rendered (see support/web-stack.ts). */
const OUTPUT = fileURLToPath(new URL('../../test-output/browser', import.meta.url));

const SECTIONS = [
  { id: 'key-figures', title: 'Key figures', paragraphs: 9 },
  { id: 'trends', title: 'Trends over time', paragraphs: 14 },
  { id: 'takedown', title: 'Takedown speed', paragraphs: 5 },
  { id: 'known-content', title: 'Known content', paragraphs: 11 },
  { id: 'countries', title: 'Hosting countries', paragraphs: 3 },
  { id: 'methodology', title: 'Methodology and sources', paragraphs: 16 },
];
const CHART_LABEL = 'Confirmed reports per quarter';

/** Deterministic filler that shares no word with the headings or the footer. */
function filler(seed: number): string {
  const words = [
    'lorem',
    'ipsum',
    'dolor',
    'sit',
    'amet',
    'consectetur',
    'adipiscing',
    'elit',
    'sed',
    'do',
    'eiusmod',
    'tempor',
    'incididunt',
    'labore',
    'magna',
    'aliqua',
  ];
  let state = seed * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < 90; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out.push(words[(state >>> 16) % words.length]!);
  }
  return out.join(' ') + '.';
}

function reportPage(language: 'en' | 'fr'): string {
  // The English page leaves the footer's words to the renderer's default; the French gives them.
  const label =
    language === 'fr' ? '<meta name="report-page-label" content="Page {page} sur {pages}">' : '';
  const toc = SECTIONS.map(
    ({ id, title }) =>
      `<li><a href="#${id}" data-toc-entry="${id}"><span>${title}</span>` +
      `<span class="page" data-toc-page="${id}"></span></a></li>`,
  ).join('');
  const sections = SECTIONS.map(
    ({ id, title, paragraphs }, s) =>
      `<section id="${id}"><h2>${title}</h2>` +
      (id === 'trends'
        ? `<svg id="chart" role="img" aria-label="${CHART_LABEL}" viewBox="0 0 600 220" width="600" height="220">` +
          '<rect x="40" y="120" width="60" height="80" fill="#2563eb"/>' +
          '<rect x="140" y="80" width="60" height="120" fill="#2563eb"/>' +
          '<rect x="240" y="40" width="60" height="160" fill="#2563eb"/>' +
          '<text id="chart-label" x="300" y="20" text-anchor="middle" font-size="14"></text></svg>'
        : '') +
      Array.from({ length: paragraphs }, (_, p) => `<p>${filler(s * 100 + p)}</p>`).join('') +
      '</section>',
  ).join('');
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
${label}
<title>Transparency report</title>
<style>
  body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.4; margin: 0; }
  nav { break-after: page; }
  nav ol { list-style: none; padding: 0; }
  nav a { display: flex; justify-content: space-between; color: inherit; text-decoration: none; }
  /* Room for three digits, so that filling the numbers in moves nothing. */
  nav .page { display: inline-block; min-width: 3ch; text-align: right; }
  h2 { break-after: avoid; margin: 1.2em 0 0.4em; }
  #chart { display: block; max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>Transparency report 2031</h1>
<nav aria-labelledby="toc-title"><h2 id="toc-title">Contents</h2><ol>${toc}</ol></nav>
${sections}
<script>
  // Ready only after the chart is drawn, a little later, as a page loading its data would be.
  setTimeout(() => {
    document.getElementById('chart-label').textContent = ${JSON.stringify(CHART_LABEL)};
    document.documentElement.dataset.reportReady = 'true';
  }, 250);
</script>
</body>
</html>`;
}

const errorPage = `<!doctype html><html lang="en"><body><p>Loading</p><script>
  setTimeout(() => {
    document.documentElement.dataset.reportReady = 'error';
    throw new Error('the figures could not be loaded');
  }, 50);
</script></body></html>`;
const neverReadyPage = '<!doctype html><html lang="en"><body><p>Loading forever</p></body></html>';

const pageText = async (file: string, page: number) =>
  (await run('/usr/bin/pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-']))
    .stdout;
const allText = async (file: string) =>
  (await run('/usr/bin/pdftotext', ['-layout', file, '-'])).stdout;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('report PDF renderer', () => {
  let server: Server;
  let baseUrl: string;
  let renderer: PdfRenderer;
  let dir: string;
  const timings: number[] = [];

  const render = async (url: string, name: string): Promise<RenderedPdf & { file: string }> => {
    const started = performance.now();
    const rendered = await renderer.render(url, { timeoutMs: 20_000 });
    timings.push(performance.now() - started);
    const file = join(dir, `${name}.pdf`);
    await writeFile(file, rendered.pdf);
    return { ...rendered, file };
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'candor-report-pdf-'));
    server = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const body =
        url.pathname === '/report/en'
          ? reportPage('en')
          : url.pathname === '/report/fr'
            ? reportPage('fr')
            : url.pathname === '/error'
              ? errorPage
              : url.pathname === '/never'
                ? neverReadyPage
                : null;
      response.writeHead(body === null ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body ?? 'not found');
    });
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    renderer = new PdfRenderer({ executablePath: '/usr/bin/chromium' });
  });

  afterAll(async () => {
    await renderer?.close();
    await new Promise((closed) => server?.close(closed));
    if (dir) await rm(dir, { recursive: true, force: true });
    if (timings.length) {
      const ms = timings.map((t) => Math.round(t));
      console.info(`report PDF render times (ms, first includes Chromium's start): ${ms}`);
    }
  });

  it('renders A4 pages with the footer, TOC page numbers and the chart as vector text', async () => {
    const { pdf, pages, toc, file } = await render(`${baseUrl}/report/en`, 'report-en');
    await mkdir(OUTPUT, { recursive: true });
    await writeFile(join(OUTPUT, 'report-pdf.pdf'), pdf);

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(pages);
    expect(pages).toBeGreaterThanOrEqual(4);
    for (const page of doc.getPages()) {
      const { width, height } = page.getSize();
      expect(Math.abs(width - 595.28)).toBeLessThan(2);
      expect(Math.abs(height - 841.89)).toBeLessThan(2);
    }

    // Footer: "Page X of Y" in the default English words on every page.
    expect(await pageText(file, 1)).toContain(`Page 1 of ${pages}`);
    expect(await pageText(file, pages)).toContain(`Page ${pages} of ${pages}`);

    // The TOC: every section, in order, with the page its heading is on.
    expect(toc.map(({ id, title }) => ({ id, title }))).toEqual(
      SECTIONS.map(({ id, title }) => ({ id, title })),
    );
    const tocText = await pageText(file, 1);
    const texts = await Promise.all(Array.from({ length: pages }, (_, i) => pageText(file, i + 1)));
    for (const { id, title, page } of toc) {
      const line = new RegExp(`^\\s*${escapeRegExp(title)}\\s+(\\d+)\\s*$`, 'm').exec(tocText);
      expect({ id, printed: Number(line?.[1]) }).toEqual({ id, printed: page });
      // The heading is on that page and on no other page after the TOC's.
      const onPages = texts.flatMap((text, i) => (i > 0 && text.includes(title) ? [i + 1] : []));
      expect({ id, onPages }).toEqual({ id, onPages: [page] });
    }
    // The sections do not all start on a page of their own: the numbers are worked out.
    expect(new Set(toc.map(({ page }) => page)).size).toBeLessThan(toc.length);
    expect(toc[0]!.page).toBe(2);

    // The chart stays vector: its label is text in the PDF, and the PDF holds no image.
    const trends = toc.find(({ id }) => id === 'trends')!;
    expect(await pageText(file, trends.page)).toContain(CHART_LABEL);
    const images = (await run('/usr/bin/pdfimages', ['-list', file])).stdout.trim().split('\n');
    expect(images.slice(2)).toEqual([]);
  });

  it('gives the same text when rendered twice, also two at a time', async () => {
    const [first, second] = await Promise.all([
      render(`${baseUrl}/report/en`, 'twice-1'),
      render(`${baseUrl}/report/en`, 'twice-2'),
    ]);
    expect(second.pages).toBe(first.pages);
    expect(second.toc).toEqual(first.toc);
    expect(await allText(second.file)).toBe(await allText(first.file));
  });

  it("writes the footer in the page's words", async () => {
    const { pages, file, toc } = await render(`${baseUrl}/report/fr`, 'report-fr');
    expect(await pageText(file, 1)).toContain(`Page 1 sur ${pages}`);
    expect(await pageText(file, 2)).toContain(`Page 2 sur ${pages}`);
    expect(toc).toHaveLength(SECTIONS.length);
  });

  it('fails clearly when the page reports an error, never gets ready, or is missing', async () => {
    const failure = (path: string, timeoutMs = 10_000) =>
      renderer.render(`${baseUrl}${path}`, { timeoutMs }).then(
        () => {
          throw new Error(`${path} rendered`);
        },
        (error: unknown) => error,
      );
    const [error, never, missing] = await Promise.all([
      failure('/error'),
      failure('/never', 1_500),
      failure('/missing'),
    ]);
    expect(error).toBeInstanceOf(PdfRenderError);
    expect(error).toMatchObject({ reason: 'page-error' });
    expect((error as Error).message).toContain('data-report-ready="error"');
    expect((error as Error).message).toContain('the figures could not be loaded');
    expect(never).toBeInstanceOf(PdfRenderError);
    expect(never).toMatchObject({ reason: 'timeout' });
    expect(missing).toBeInstanceOf(PdfRenderError);
    expect(missing).toMatchObject({ reason: 'navigation' });
    expect((missing as Error).message).toContain('HTTP 404');
  });

  it('says how to get Chromium when the executable is missing', async () => {
    const missing = new PdfRenderer({ executablePath: '/nonexistent/chromium' });
    const failure = missing.render(`${baseUrl}/report/en`).catch((error: unknown) => error);
    const error = await failure;
    expect(error).toBeInstanceOf(PdfRendererUnavailable);
    expect((error as Error).message).toBe(
      'PDF rendering needs Chromium at /nonexistent/chromium (apt-get install chromium fonts-liberation), or set CANDOR_CHROMIUM_PATH.',
    );
    await missing.close();
  });
});
