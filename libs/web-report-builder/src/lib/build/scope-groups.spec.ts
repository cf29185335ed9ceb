import { groupScopes, scopeWords, type ScopeOption } from './scope-groups';

const option = (key: string, kind: string, needsApproval = false): ScopeOption => ({
  key,
  kind,
  label: key,
  needsApproval,
});

describe('groupScopes', () => {
  it('groups network-level scopes, countries and organizations, in that order', () => {
    const groups = groupScopes([
      option('organization:acme', 'organization', true),
      option('country:DE', 'country'),
      option('companies', 'companies'),
      option('network', 'network'),
      option('country:NL', 'country'),
      option('hotlines', 'hotlines'),
      option('organization:beta', 'organization', true),
    ]);
    expect(groups.map((g) => [g.id, g.options.map((o) => o.key)])).toEqual([
      ['network', ['network', 'hotlines', 'companies']],
      ['countries', ['country:DE', 'country:NL']],
      ['organizations', ['organization:acme', 'organization:beta']],
    ]);
  });

  it('leaves out empty groups (an organization’s own release has only its own scope)', () => {
    expect(groupScopes([option('organization:acme', 'organization')])).toEqual([
      { id: 'organizations', options: [option('organization:acme', 'organization')] },
    ]);
    expect(groupScopes([])).toEqual([]);
  });

  it('keeps a kind unknown here, last', () => {
    expect(
      groupScopes([option('region:eu', 'region'), option('network', 'network')]).map((g) => g.id),
    ).toEqual(['network', 'other']);
  });

  it('keeps the options as given (with needsApproval)', () => {
    const [group] = groupScopes([option('organization:acme', 'organization', true)]);
    expect(group!.options[0]!.needsApproval).toBe(true);
  });
});

describe('scopeWords', () => {
  it.each([
    ['network', 'Whole network', { kind: 'network' }],
    ['hotlines', 'Hotlines', { kind: 'hotlines' }],
    ['companies', 'Companies', { kind: 'companies' }],
    ['country:NL', 'Hosting country Netherlands', { kind: 'country', code: 'NL' }],
    ['organization:acme', 'Acme Hotline', { kind: 'label', label: 'Acme Hotline' }],
    ['country:XYZ', '', { kind: 'label', label: 'country:XYZ' }],
  ])('names %s', (key, label, expected) => {
    expect(scopeWords(key, label)).toEqual(expected);
  });
});
