/**
 * The filters of a public page, as they live in the URL's query string, so a copied link opens
 * the same view. `release=<id>` pins the view to one published release; `lang` and any other
 * parameter are kept as they are.
 */

export const VIEW_KEYS = [
  'metric',
  'scope',
  'dimension',
  'value',
  'granularity',
  'scale',
  'from',
  'to',
  'period',
  'release',
] as const;
export type ViewKey = (typeof VIEW_KEYS)[number];

export const GRANULARITIES = ['month', 'quarter', 'year'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

export interface ViewParams {
  /** Metric code, e.g. `hotline.reports.csam`. */
  metric: string | null;
  /** `network`, `hotlines`, `companies` or `organization:<slug>`. */
  scope: string | null;
  /** Dimension code, e.g. `hosting_country`. */
  dimension: string | null;
  /** Value of the dimension, e.g. `NL`. */
  value: string | null;
  granularity: Granularity | null;
  scale: Scale | null;
  /** First and last period shown, e.g. `2025-Q1`. */
  from: string | null;
  to: string | null;
  /** One period a page shows on its own (a ranking by country), e.g. `2026-Q3`. */
  period: string | null;
  /** Id of the release the view is pinned to; null reads the latest release. */
  release: string | null;
}

export type ViewChange = Partial<Record<ViewKey, string | null>>;

const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/;

/** What each parameter may hold; anything else in a URL is ignored rather than sent to the API. */
const VALID: Record<ViewKey, (text: string) => boolean> = {
  metric: (text) => /^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*$/.test(text) && text.length <= 100,
  scope: (text) => /^(?:network|hotlines|companies|organization:[a-z0-9-]{1,64})$/.test(text),
  dimension: (text) => /^[a-z][a-z0-9_]{0,63}$/.test(text),
  value: (text) => text.length > 0 && text.length <= 100,
  granularity: (text) => (GRANULARITIES as readonly string[]).includes(text),
  scale: (text) => (SCALES as readonly string[]).includes(text),
  from: (text) => PERIOD.test(text),
  to: (text) => PERIOD.test(text),
  period: (text) => PERIOD.test(text),
  // Release ids are UUIDs; anything else would only earn an error from the API.
  release: (text) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text),
};

const toParams = (search: string | URLSearchParams) =>
  typeof search === 'string' ? new URLSearchParams(search) : new URLSearchParams(search);

/** The filters a query string holds; a missing or invalid parameter is null. */
export function readViewParams(search: string | URLSearchParams): ViewParams {
  const params = toParams(search);
  const read = (key: ViewKey) => {
    const text = params.get(key)?.trim();
    return text && VALID[key](text) ? text : null;
  };
  return {
    metric: read('metric'),
    scope: read('scope'),
    dimension: read('dimension'),
    value: read('value'),
    granularity: read('granularity') as Granularity | null,
    scale: read('scale') as Scale | null,
    from: read('from'),
    to: read('to'),
    period: read('period'),
    release: read('release'),
  };
}

/**
 * The query string after a change of filters. Choices that no longer fit are dropped: another
 * metric drops its breakdown, another dimension its value, another granularity the release pin,
 * the period range and the period (all belong to one granularity). View parameters come first in
 * a fixed order, then the others (`lang` …) as they were, so one view always has one URL.
 */
export function changeView(search: string | URLSearchParams, change: ViewChange): URLSearchParams {
  const current = toParams(search);
  const next = new Map<ViewKey, string>();
  for (const key of VIEW_KEYS) {
    const value = current.get(key);
    if (value !== null && value !== '') next.set(key, value);
  }
  const changes = (key: ViewKey) =>
    Object.hasOwn(change, key) && (change[key] ?? null) !== (next.get(key) ?? null);
  const dropUnlessGiven = (...keys: ViewKey[]) => {
    for (const key of keys) if (!Object.hasOwn(change, key)) next.delete(key);
  };
  if (changes('metric')) dropUnlessGiven('dimension', 'value');
  if (changes('dimension')) dropUnlessGiven('value');
  if (changes('granularity')) dropUnlessGiven('release', 'from', 'to', 'period');
  for (const key of VIEW_KEYS) {
    if (!Object.hasOwn(change, key)) continue;
    const value = change[key];
    if (value === null || value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  }

  const result = new URLSearchParams();
  for (const key of VIEW_KEYS) {
    const value = next.get(key);
    if (value !== undefined) result.set(key, value);
  }
  for (const [key, value] of current) {
    if (!(VIEW_KEYS as readonly string[]).includes(key)) result.append(key, value);
  }
  return result;
}

/** `?…` for a query string, or the empty string when there is nothing to say. */
export function toSearch(params: URLSearchParams): string {
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The query string of the same view pinned to a release, for a link that always shows it. */
export function pinnedSearch(search: string | URLSearchParams, releaseId: string): string {
  return toSearch(changeView(search, { release: releaseId }));
}
