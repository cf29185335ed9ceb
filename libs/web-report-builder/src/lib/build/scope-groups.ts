/** A scope the caller may report on (`ReportScopeOption`). */
export interface ScopeOption {
  key: string;
  /** `network`, `hotlines`, `companies`, `country` or `organization`. */
  kind: string;
  label: string;
  needsApproval: boolean;
}

export const SCOPE_GROUPS = ['network', 'countries', 'organizations', 'other'] as const;
export type ScopeGroupId = (typeof SCOPE_GROUPS)[number];

export interface ScopeGroup<T extends ScopeOption = ScopeOption> {
  id: ScopeGroupId;
  options: T[];
}

const groupOf = (kind: string): ScopeGroupId => {
  if (kind === 'network' || kind === 'hotlines' || kind === 'companies') return 'network';
  if (kind === 'country') return 'countries';
  if (kind === 'organization') return 'organizations';
  return 'other';
};

const NETWORK_ORDER = ['network', 'hotlines', 'companies'];

/**
 * The scopes in the groups the page shows them in: network-level (whole network, hotlines,
 * companies, in that order), countries, organizations, then any kind unknown here. Within the
 * other groups the server's order is kept (by country code, by organization name). Empty groups
 * are left out.
 */
export function groupScopes<T extends ScopeOption>(options: readonly T[]): ScopeGroup<T>[] {
  const byGroup = (id: ScopeGroupId) => options.filter((option) => groupOf(option.kind) === id);
  const network = byGroup('network').sort(
    (a, b) => NETWORK_ORDER.indexOf(a.kind) - NETWORK_ORDER.indexOf(b.kind),
  );
  return SCOPE_GROUPS.flatMap((id) => {
    const list = id === 'network' ? network : byGroup(id);
    return list.length ? [{ id, options: list }] : [];
  });
}

/** The words of a scope: known network-level kinds and countries in the page's language. */
export type ScopeWords =
  | { kind: 'network' | 'hotlines' | 'companies' }
  | { kind: 'country'; code: string }
  | { kind: 'label'; label: string };

/** How a scope key is named: `country:NL` → a country, `organization:x` → the API's label. */
export function scopeWords(key: string, label: string): ScopeWords {
  if (key === 'network' || key === 'hotlines' || key === 'companies') return { kind: key };
  const match = /^country:([A-Z]{2})$/.exec(key);
  if (match?.[1]) return { kind: 'country', code: match[1] };
  return { kind: 'label', label: label || key };
}
