export const CELL_PAGE_SIZE = 50;

export interface CellFilters {
  /** '' = any. */
  metric: string;
  scope: string;
  dimension: string;
  suppressedOnly: boolean;
}

export const NO_FILTERS: CellFilters = {
  metric: '',
  scope: '',
  dimension: '',
  suppressedOnly: false,
};

/** The `releaseCells` variables for filters and an offset; empty filters are left out. */
export function cellQueryVariables(
  releaseId: string,
  filters: CellFilters,
  offset: number,
  limit = CELL_PAGE_SIZE,
) {
  return {
    id: releaseId,
    metric: filters.metric || null,
    scope: filters.scope || null,
    dimension: filters.dimension || null,
    suppressedOnly: filters.suppressedOnly,
    offset,
    limit,
  };
}

export interface PageInfo {
  /** 1-based positions of the first and last cell shown; 0 and 0 when none. */
  first: number;
  last: number;
  page: number;
  pages: number;
  previousOffset: number | null;
  nextOffset: number | null;
}

/** Where a page stands among all the matching cells. */
export function pageInfo(total: number, offset: number, shown: number, limit: number): PageInfo {
  const pages = Math.max(1, Math.ceil(total / limit));
  return {
    first: shown > 0 ? offset + 1 : 0,
    last: offset + shown,
    page: Math.floor(offset / limit) + 1,
    pages,
    previousOffset: offset > 0 ? Math.max(0, offset - limit) : null,
    nextOffset: offset + limit < total ? offset + limit : null,
  };
}
