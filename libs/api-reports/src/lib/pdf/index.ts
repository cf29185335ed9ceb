export { PdfRenderError, PdfRendererUnavailable, type PdfRenderFailure } from './errors';
export { DEFAULT_PAGE_LABEL, footerTemplate } from './footer-template';
export {
  CHROMIUM_ARGS,
  DEFAULT_CHROMIUM_PATH,
  PDF_MARGINS_MM,
  PdfRenderer,
  type PdfRendererOptions,
  type PdfRenderOptions,
  type PdfTocEntry,
  type RenderedPdf,
} from './pdf-renderer';
export {
  normalizeTitle,
  readPdfStructure,
  tocPages,
  type OutlineItem,
  type PdfStructure,
  type TocTarget,
} from './pdf-structure';
