/** The footer's words when the page gives none (`<meta name="report-page-label">`). */
export const DEFAULT_PAGE_LABEL = 'Page {page} of {pages}';

/** An empty header: Chromium prints its default header (date and title) for an empty string. */
export const EMPTY_HEADER_TEMPLATE = '<span></span>';

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/**
 * Chromium's footer template for "Page X of Y" in the report's language: `label` holds `{page}`
 * and `{pages}`, which become Chromium's `pageNumber` and `totalPages` placeholders. The template
 * is its own document: it sets its own font and size (Chromium's default is unreadably small) and
 * the side margins of the page.
 */
export function footerTemplate(
  label: string | null | undefined,
  options: { language?: string | null; sideMarginMm?: number } = {},
): string {
  const words = label?.trim() ? label.trim() : DEFAULT_PAGE_LABEL;
  const html = escapeHtml(words)
    .replace(/\{page\}/g, '<span class="pageNumber"></span>')
    .replace(/\{pages\}/g, '<span class="totalPages"></span>');
  const lang = options.language?.trim() ? ` lang="${escapeHtml(options.language.trim())}"` : '';
  const side = options.sideMarginMm ?? 16;
  const style = [
    'box-sizing:border-box',
    'width:100%',
    `padding:0 ${side}mm`,
    "font-family:'Liberation Sans',Arial,Helvetica,sans-serif",
    'font-size:8pt',
    'line-height:1.2',
    'color:#333',
    'text-align:center',
  ].join(';');
  return `<div${lang} style="${style}">${html}</div>`;
}
