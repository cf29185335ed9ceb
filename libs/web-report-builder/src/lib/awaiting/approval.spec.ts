import { adminSlugsOf, mayApprove, scopeOrganization } from './approval';

describe('scopeOrganization', () => {
  it.each([
    ['organization:acme', 'acme'],
    ['organization:', null],
    ['network', null],
    ['country:NL', null],
  ])('reads %p', (scope, slug) => {
    expect(scopeOrganization(scope)).toBe(slug);
  });
});

describe('mayApprove', () => {
  it('lets the admin of the organization approve its own report', () => {
    expect(mayApprove('organization:acme', ['acme'])).toBe(true);
  });

  it.each([
    ['another organization’s report', 'organization:beta', ['acme']],
    ['network staff (no admin role)', 'organization:acme', []],
    ['a network-level report', 'network', ['acme']],
  ])('refuses %s', (_name, scope, slugs) => {
    expect(mayApprove(scope, slugs)).toBe(false);
  });
});

describe('adminSlugsOf', () => {
  it('keeps the organizations the account administers', () => {
    expect(
      adminSlugsOf({
        adminOf: ['o2'],
        organizations: [
          { id: 'o1', slug: 'acme' },
          { id: 'o2', slug: 'beta' },
        ],
      }),
    ).toEqual(['beta']);
  });
});
