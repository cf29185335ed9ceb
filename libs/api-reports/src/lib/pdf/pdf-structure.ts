// Reading what Chromium writes into a PDF: its pages, its named destinations (one for every
// element an `<a href="#id">` link of the page points to) and its outline (bookmarks, one per
// heading, with `outline: true`). Low-level pdf-lib: catalog → /Dests, /Names /Dests, /Outlines.
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

/** A bookmark of the PDF's outline, in document order, with its 1-based page (null if unknown). */
export interface OutlineItem {
  title: string;
  page: number | null;
  /** 0 for top-level bookmarks. */
  level: number;
}

export interface PdfStructure {
  pageCount: number;
  /** Page sizes in PDF points (1/72 inch). */
  pageSizes: { width: number; height: number }[];
  /** Named destination → 1-based page. */
  destinations: Map<string, number>;
  outline: OutlineItem[];
}

/** Bounds on walking the PDF's trees, against malformed or cyclic structures. */
const MAX_ITEMS = 10_000;
const MAX_DEPTH = 32;

const text = (value: PDFObject | undefined): string | null =>
  value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null;

const nameOrString = (value: PDFObject | undefined): string | null =>
  value instanceof PDFName ? value.decodeText() : text(value);

/** Whitespace-normalized text, as headings and bookmark titles are compared. */
export const normalizeTitle = (title: string) => title.replace(/\s+/g, ' ').trim();

export async function readPdfStructure(pdf: Uint8Array): Promise<PdfStructure> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  const pages = doc.getPages();
  const pageOfRef = new Map<string, number>(pages.map((page, i) => [page.ref.toString(), i + 1]));

  const lookup = (value: PDFObject | undefined): PDFObject | undefined =>
    value instanceof PDFRef ? context.lookup(value) : value;

  /** The page of an explicit destination `[pageRef /XYZ …]` or a `<< /D [...] >>` dictionary. */
  const pageOfExplicit = (value: PDFObject | undefined): number | null => {
    const dest = lookup(value);
    if (dest instanceof PDFDict) return pageOfExplicit(dest.get(PDFName.of('D')));
    if (!(dest instanceof PDFArray) || dest.size() === 0) return null;
    const target = dest.get(0);
    return target instanceof PDFRef ? (pageOfRef.get(target.toString()) ?? null) : null;
  };

  // Named destinations: the catalog's /Dests dictionary (what Chromium writes) and the
  // /Names /Dests name tree (PDF 1.2+).
  const destinations = new Map<string, number>();
  const dests = lookup(doc.catalog.get(PDFName.of('Dests')));
  if (dests instanceof PDFDict) {
    for (const [key, value] of dests.entries()) {
      const page = pageOfExplicit(value);
      if (page !== null) destinations.set(key.decodeText(), page);
    }
  }
  const names = lookup(doc.catalog.get(PDFName.of('Names')));
  const walkNameTree = (node: PDFObject | undefined, depth: number) => {
    const dict = lookup(node);
    if (!(dict instanceof PDFDict) || depth > MAX_DEPTH) return;
    const pairs = lookup(dict.get(PDFName.of('Names')));
    if (pairs instanceof PDFArray) {
      for (let i = 0; i + 1 < pairs.size() && i < MAX_ITEMS; i += 2) {
        const name = nameOrString(lookup(pairs.get(i)));
        const page = pageOfExplicit(pairs.get(i + 1));
        if (name !== null && page !== null && !destinations.has(name)) {
          destinations.set(name, page);
        }
      }
    }
    const kids = lookup(dict.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) {
      for (let i = 0; i < kids.size() && i < MAX_ITEMS; i++) walkNameTree(kids.get(i), depth + 1);
    }
  };
  if (names instanceof PDFDict) walkNameTree(names.get(PDFName.of('Dests')), 0);

  /** A destination by name, or explicit, or through a GoTo action's /D. */
  const pageOfDestination = (value: PDFObject | undefined): number | null => {
    const resolved = lookup(value);
    const name = nameOrString(resolved);
    if (name !== null) return destinations.get(name) ?? null;
    return pageOfExplicit(resolved);
  };

  // Outline: /Outlines → /First, then /Next siblings; children under each item's /First.
  const outline: OutlineItem[] = [];
  const seen = new Set<string>();
  const walkOutline = (first: PDFObject | undefined, level: number) => {
    let ref = first;
    while (ref instanceof PDFRef && outline.length < MAX_ITEMS && level <= MAX_DEPTH) {
      if (seen.has(ref.toString())) return;
      seen.add(ref.toString());
      const item = context.lookup(ref);
      if (!(item instanceof PDFDict)) return;
      let page = pageOfDestination(item.get(PDFName.of('Dest')));
      const action = lookup(item.get(PDFName.of('A')));
      if (page === null && action instanceof PDFDict) {
        page = pageOfDestination(action.get(PDFName.of('D')));
      }
      outline.push({
        title: normalizeTitle(text(lookup(item.get(PDFName.of('Title')))) ?? ''),
        page,
        level,
      });
      walkOutline(item.get(PDFName.of('First')), level + 1);
      ref = item.get(PDFName.of('Next'));
    }
  };
  const outlines = lookup(doc.catalog.get(PDFName.of('Outlines')));
  if (outlines instanceof PDFDict) walkOutline(outlines.get(PDFName.of('First')), 0);

  return {
    pageCount: pages.length,
    pageSizes: pages.map((page) => page.getSize()),
    destinations,
    outline,
  };
}

/** A TOC entry of the page: the section's id and its heading's text. */
export interface TocTarget {
  id: string;
  title: string;
  /** The section's first heading, as Chromium titles its bookmark (null if it has none). */
  heading: string | null;
}

/**
 * The 1-based page of each TOC target. The section's heading is what a reader looks for, so its
 * bookmark decides: the first bookmark with the heading's text on the page of the section's
 * named destination or the next one (the section's top may fall at the foot of the page before
 * its heading). Without a matching bookmark, the named destination's page; without
 * either, the target is left out.
 */
export function tocPages(structure: PdfStructure, targets: TocTarget[]): Map<string, number> {
  const pages = new Map<string, number>();
  for (const target of targets) {
    const destination = structure.destinations.get(target.id) ?? null;
    const heading = target.heading === null ? null : normalizeTitle(target.heading);
    const bookmarkPages = heading
      ? structure.outline.flatMap((item) =>
          item.title === heading && item.page !== null ? [item.page] : [],
        )
      : [];
    let page: number | null = null;
    if (destination !== null) {
      page = bookmarkPages.find((p) => p >= destination && p <= destination + 1) ?? destination;
    } else if (bookmarkPages.length === 1) {
      page = bookmarkPages[0] ?? null;
    }
    if (page !== null) pages.set(target.id, page);
  }
  return pages;
}
