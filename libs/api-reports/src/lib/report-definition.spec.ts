import { parseLanguage, parseScope, scopeLabel } from './report-definition';

describe('report definitions', () => {
  it('reads every kind of scope', () => {
    expect(parseScope('network')).toBe('network');
    expect(parseScope('hotlines')).toBe('hotlines');
    expect(parseScope('companies')).toBe('companies');
    expect(parseScope('country:NL')).toEqual({ country: 'NL' });
    expect(parseScope('organization:burrow-chat')).toEqual({ organization: 'burrow-chat' });
  });

  it('names a bad scope or language in the error', () => {
    for (const bad of [
      'world',
      'country:XX',
      'country:nl',
      'organization:',
      'organization:Bad Slug',
    ])
      expect(() => parseScope(bad)).toThrow(`"${bad}" is not a report scope`);
    expect(() => parseLanguage('it')).toThrow('"it" is not a report language: use en, fr, de, es.');
    expect(parseLanguage('de')).toBe('de');
  });

  it('labels scopes in words', () => {
    expect(scopeLabel({ country: 'NL' })).toBe('Hosting country Netherlands');
    expect(scopeLabel({ organization: 'acme' }, 'Acme Ltd')).toBe('Acme Ltd');
  });
});
