/** Where a period or a version stands; `missing` is a period without any version. */
export const STATUSES = ['missing', 'submitted', 'accepted', 'rejected', 'superseded'] as const;
export type Status = (typeof STATUSES)[number];

/** A status of the API as the app knows it; a status it does not know yet is kept as `null`. */
export function toStatus(raw: string): Status | null {
  return STATUSES.find((status) => status === raw) ?? null;
}

/** Ways a version arrived. */
export const SOURCES = ['api', 'csv', 'form', 'dsa-import', 'demo'] as const;
export type Source = (typeof SOURCES)[number];

export function toSource(raw: string): Source | null {
  return SOURCES.find((source) => source === raw) ?? null;
}
