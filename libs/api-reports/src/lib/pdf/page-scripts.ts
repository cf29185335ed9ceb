// Functions Playwright runs inside the report page (serialized: they use nothing from this
// module's scope). They reach the page's document through `globalThis` with the few DOM types
// they need, so that this server-side library compiles without the DOM library.
import type { TocTarget } from './pdf-structure';

interface PageElement {
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): { forEach(each: (element: PageElement) => void): void };
  cloneNode(deep: boolean): PageElement;
  remove(): void;
}

interface PageDocument extends Pick<PageElement, 'querySelector' | 'querySelectorAll'> {
  documentElement: { lang: string; dataset: Record<string, string | undefined> };
  getElementById(id: string): PageElement | null;
  fonts: { ready: Promise<unknown> };
}

export interface PageFacts {
  targets: TocTarget[];
  /** `<meta name="report-page-label">`, e.g. "Page {page} of {pages}". */
  label: string | null;
  language: string | null;
}

/** 'true' or 'error' once the page has said, false until then. */
export function readiness(): 'true' | 'error' | false {
  const doc = (globalThis as unknown as { document: PageDocument }).document;
  const state = doc.documentElement.dataset['reportReady'];
  return state === 'true' || state === 'error' ? state : false;
}

/** Resolves once the page's web fonts are loaded. */
export function fontsReady(): Promise<void> {
  const doc = (globalThis as unknown as { document: PageDocument }).document;
  return doc.fonts.ready.then(() => undefined);
}

/** The TOC entries (section id, heading), the footer's words and the page's language. */
export function readPage(): PageFacts {
  const doc = (globalThis as unknown as { document: PageDocument }).document;
  const normalize = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const targets: TocTarget[] = [];
  const seen = new Set<string>();
  doc.querySelectorAll('[data-toc-entry]').forEach((entry) => {
    const id = entry.getAttribute('data-toc-entry');
    if (!id || seen.has(id)) return;
    seen.add(id);
    const heading = doc.getElementById(id)?.querySelector('h1, h2, h3, h4, h5, h6') ?? null;
    const link = entry.cloneNode(true);
    link.querySelectorAll('[data-toc-page]').forEach((number) => number.remove());
    const headingText = heading ? normalize(heading.textContent) : null;
    targets.push({ id, title: headingText || normalize(link.textContent), heading: headingText });
  });
  const label = doc.querySelector('meta[name="report-page-label"]')?.getAttribute('content');
  return { targets, label: label ?? null, language: doc.documentElement.lang || null };
}

/** Writes each section's page number into its `[data-toc-page]` elements. */
export function fillToc(pages: [string, number][]): void {
  const doc = (globalThis as unknown as { document: PageDocument }).document;
  const byId = new Map(pages);
  doc.querySelectorAll('[data-toc-page]').forEach((element) => {
    const page = byId.get(element.getAttribute('data-toc-page') ?? '');
    element.textContent = page === undefined ? '' : String(page);
  });
}
