// Renders a report page (the web app's `?print=1` layout) to an A4 PDF in headless Chromium.
// The page contract (docs: notes/reports-contract.md, "Print page contract"): the page sets
// `<html data-report-ready="true">` once drawn ('error' on failure), its TOC links
// `<a href="#id" data-toc-entry="id">` hold `<span data-toc-page="id">` for the page numbers,
// and `<meta name="report-page-label" content="Page {page} of {pages}">` gives the footer's words.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { chromium, errors, type Browser, type Page } from 'playwright-core';
import { PdfRenderError, PdfRendererUnavailable } from './errors';
import { EMPTY_HEADER_TEMPLATE, footerTemplate } from './footer-template';
import { fillToc, fontsReady, readiness, readPage } from './page-scripts';
import { readPdfStructure, tocPages } from './pdf-structure';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Chromium's flags on a server: no sandbox (containers), GPU, sync or background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Page margins in millimetres: room for the footer at the bottom. */
export const PDF_MARGINS_MM = { top: 18, bottom: 20, left: 16, right: 16 } as const;

/**
 * The screen viewport while the page loads: the printable width of A4 (210 mm less the side
 * margins, at 96 CSS px per inch), so charts sized from their container fit the printed page.
 */
const VIEWPORT = {
  width: Math.round(((210 - PDF_MARGINS_MM.left - PDF_MARGINS_MM.right) / 25.4) * 96),
  height: Math.round(((297 - PDF_MARGINS_MM.top - PDF_MARGINS_MM.bottom) / 25.4) * 96),
};

/** Filling the TOC's numbers should not move content; if it does, print again, this often. */
const MAX_PASSES = 3;

export interface PdfRendererOptions {
  /** Chromium's executable: default `CANDOR_CHROMIUM_PATH`, else `/usr/bin/chromium`. */
  executablePath?: string;
  /** Renders at once (1 or 2; default 2): Chromium is heavy, the servers have 2 cores. */
  concurrency?: number;
  /** Default budget of a render, in ms (default 60 s). */
  timeoutMs?: number;
}

export interface PdfRenderOptions {
  /** Budget of the whole render (loading, readiness, printing), in ms. */
  timeoutMs?: number;
}

export interface PdfTocEntry {
  /** The section's id (`data-toc-entry`). */
  id: string;
  /** The section's heading. */
  title: string;
  /** 1-based page the section's heading is on. */
  page: number;
}

export interface RenderedPdf {
  pdf: Buffer;
  pages: number;
  /** The TOC entries in the page's order, with the page numbers filled into the PDF's TOC. */
  toc: PdfTocEntry[];
}

/** At most `max` tasks at once; the others wait in order. */
class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly max: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    while (this.active >= this.max) await new Promise<void>((go) => this.waiting.push(go));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/** Rejects with a timeout failure when the deadline passes first. */
function beforeDeadline<T>(work: Promise<T>, deadline: number, url: string, what: string) {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new PdfRenderError('timeout', url, `Rendering ${url} timed out ${what}.`)),
      Math.max(0, deadline - Date.now()),
    );
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/**
 * Renders report pages to PDF in one Chromium, launched at the first render and closed by
 * `close()` (a later render launches it again). Each render has its own browser context.
 */
export class PdfRenderer {
  readonly executablePath: string;
  private readonly limiter: Limiter;
  private readonly timeoutMs: number;
  private browser: Promise<Browser> | undefined;

  constructor(options: PdfRendererOptions = {}) {
    this.executablePath =
      options.executablePath ?? (process.env['CANDOR_CHROMIUM_PATH'] || DEFAULT_CHROMIUM_PATH);
    this.limiter = new Limiter(Math.min(2, Math.max(1, Math.floor(options.concurrency ?? 2))));
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /** Renders `url` to PDF: print layout, TOC page numbers filled in, "Page X of Y" footer. */
  render(url: string, options: PdfRenderOptions = {}): Promise<RenderedPdf> {
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    return this.limiter.run(async () => {
      const deadline = Date.now() + timeoutMs;
      const browser = await this.launch();
      const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      try {
        const page = await context.newPage();
        return await beforeDeadline(this.print(page, url, deadline), deadline, url, 'printing');
      } finally {
        await context.close().catch(() => undefined);
      }
    });
  }

  /** Closes Chromium (waits for it). */
  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (!browser) return;
    await (await browser.catch(() => undefined))?.close().catch(() => undefined);
  }

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const launching = this.start();
      this.browser = launching;
      launching.then(
        (browser) =>
          browser.on('disconnected', () => {
            if (this.browser === launching) this.browser = undefined;
          }),
        () => {
          if (this.browser === launching) this.browser = undefined;
        },
      );
    }
    return this.browser;
  }

  private async start(): Promise<Browser> {
    const executablePath = this.executablePath;
    try {
      await access(executablePath, constants.X_OK);
    } catch (cause) {
      throw new PdfRendererUnavailable(executablePath, undefined, { cause });
    }
    try {
      return await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS], headless: true });
    } catch (cause) {
      const detail = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
      throw new PdfRendererUnavailable(executablePath, `It did not start: ${detail}`, { cause });
    }
  }

  private async print(page: Page, url: string, deadline: number): Promise<RenderedPdf> {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const remaining = () => Math.max(1, deadline - Date.now());
    const withPageErrors = (message: string) =>
      pageErrors.length ? `${message} Page errors: ${pageErrors.slice(0, 3).join(' | ')}` : message;

    await page.emulateMedia({ media: 'print' });
    let response;
    try {
      response = await page.goto(url, { waitUntil: 'load', timeout: remaining() });
    } catch (cause) {
      const timeout = cause instanceof errors.TimeoutError;
      throw new PdfRenderError(
        timeout ? 'timeout' : 'navigation',
        url,
        timeout
          ? `${url} did not load in time.`
          : `${url} could not be loaded: ${(cause as Error).message.split('\n')[0]}`,
        { cause },
      );
    }
    if (response && !response.ok()) {
      throw new PdfRenderError('navigation', url, `${url} answered HTTP ${response.status()}.`);
    }

    let state: unknown;
    try {
      const handle = await page.waitForFunction(readiness, undefined, {
        timeout: remaining(),
        polling: 50,
      });
      state = await handle.jsonValue();
    } catch (cause) {
      if (!(cause instanceof errors.TimeoutError)) throw cause;
      throw new PdfRenderError(
        'timeout',
        url,
        withPageErrors(`${url} did not set data-report-ready="true" in time.`),
        { cause },
      );
    }
    if (state === 'error') {
      throw new PdfRenderError(
        'page-error',
        url,
        withPageErrors(`${url} could not draw the report (data-report-ready="error").`),
      );
    }
    await page.evaluate(fontsReady);

    const { targets, label, language } = await page.evaluate(readPage);
    const options = {
      format: 'A4',
      printBackground: true,
      margin: {
        top: `${PDF_MARGINS_MM.top}mm`,
        bottom: `${PDF_MARGINS_MM.bottom}mm`,
        left: `${PDF_MARGINS_MM.left}mm`,
        right: `${PDF_MARGINS_MM.right}mm`,
      },
      displayHeaderFooter: true,
      headerTemplate: EMPTY_HEADER_TEMPLATE,
      footerTemplate: footerTemplate(label, { language, sideMarginMm: PDF_MARGINS_MM.left }),
      outline: true,
      tagged: true,
    } as const;

    let pdf = await page.pdf(options);
    let structure = await readPdfStructure(pdf);
    let pages = tocPages(structure, targets);
    // Pass 2 (and 3 if filling the numbers moved a section): print with the numbers filled in.
    for (let pass = 2; targets.length > 0 && pass <= MAX_PASSES; pass++) {
      await page.evaluate(fillToc, [...pages]);
      pdf = await page.pdf(options);
      structure = await readPdfStructure(pdf);
      const printed = pages;
      pages = tocPages(structure, targets);
      if ([...pages].every(([id, page]) => printed.get(id) === page)) break;
    }

    return {
      pdf,
      pages: structure.pageCount,
      toc: targets.flatMap(({ id, title }) => {
        const page = pages.get(id);
        return page === undefined ? [] : [{ id, title, page }];
      }),
    };
  }
}
