/** Chromium is missing or does not start: no PDF can be rendered on this machine. */
export class PdfRendererUnavailable extends Error {
  override readonly name = 'PdfRendererUnavailable';

  constructor(
    readonly executablePath: string,
    detail?: string,
    options?: { cause?: unknown },
  ) {
    super(
      `PDF rendering needs Chromium at ${executablePath} (apt-get install chromium fonts-liberation), or set CANDOR_CHROMIUM_PATH.` +
        (detail ? ` ${detail}` : ''),
      options,
    );
  }
}

/**
 * Why a render failed: the page did not load (`navigation`), said it could not render
 * (`page-error`: `data-report-ready="error"`), or did not finish in time (`timeout`).
 */
export type PdfRenderFailure = 'navigation' | 'page-error' | 'timeout';

/** The report page could not be rendered to a PDF. */
export class PdfRenderError extends Error {
  override readonly name = 'PdfRenderError';

  constructor(
    readonly reason: PdfRenderFailure,
    readonly url: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
