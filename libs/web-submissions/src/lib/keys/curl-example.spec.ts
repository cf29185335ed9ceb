import { curlExample } from './curl-example';

describe('curlExample', () => {
  it('sends the file with the key, the organization and an idempotency key', () => {
    expect(
      curlExample({
        origin: 'https://candor.example.org/',
        organizationId: 'org-1',
        key: 'cnd_abc123_secret',
      }),
    ).toBe(
      [
        `curl --fail-with-body -X POST 'https://candor.example.org/api/submissions?organizationId=org-1' \\`,
        `  -H 'Authorization: Bearer cnd_abc123_secret' \\`,
        `  -H 'Content-Type: text/csv' \\`,
        `  -H "Idempotency-Key: $(sha256sum 'figures.csv' | cut -c1-64)" \\`,
        `  --data-binary @'figures.csv'`,
      ].join('\n'),
    );
  });

  it.each<[string, { key: string | null; prefix?: string }, string]>([
    [
      'a placeholder with the prefix',
      { key: null, prefix: 'cnd_4f2a9c0d' },
      'Bearer cnd_4f2a9c0d…',
    ],
    ['a generic placeholder', { key: null }, 'Bearer cnd_…'],
  ])('shows %s when the key is not known', (_name, options, expected) => {
    expect(
      curlExample({ origin: 'http://127.0.0.1:4200', organizationId: 'o', ...options }),
    ).toContain(expected);
  });

  it.each([
    ['a file name with a quote', "it's.csv", `@'it'\\''s.csv'`],
    ['an organization id to escape', 'a&b', 'organizationId=a%26b'],
  ])('quotes %s', (_name, value, expected) => {
    const text = curlExample({
      origin: 'http://x',
      organizationId: value === 'a&b' ? value : 'o',
      key: 'k',
      file: value === 'a&b' ? undefined : value,
    });
    expect(text).toContain(expected);
  });
});
