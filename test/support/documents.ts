import type { RawDocument } from '@candor/catalogue';

/** A small valid hotline document for one period; `scale` varies the figures. */
export function hotlineDocument(period: string, scale = 1): RawDocument {
  return {
    period,
    figures: [
      { metric: 'hotline.reports.received', dimensions: {}, value: 100 * scale },
      { metric: 'hotline.reports.assessed', dimensions: {}, value: 90 * scale },
      { metric: 'hotline.reports.csam', dimensions: {}, value: 40 * scale },
      { metric: 'hotline.urls.csam', dimensions: {}, value: 30 * scale },
      { metric: 'hotline.urls.csam', dimensions: { hosting_country: 'NL' }, value: 20 * scale },
      {
        metric: 'hotline.urls.csam',
        dimensions: { hosting_country: 'unknown' },
        value: 10 * scale,
      },
    ],
  };
}
