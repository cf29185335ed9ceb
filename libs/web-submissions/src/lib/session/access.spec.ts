import type { SessionViewerFragment } from '@candor/web-graphql';
import { accessOf, allows, homeOf, safeRedirect } from './access';

type Kind = 'hotline' | 'company' | 'network';

const membership = (id: string, kind: Kind, role: string, name = `Org ${id}`) => ({
  role,
  organization: { id, name, kind, slug: id, country: null, cadence: null },
});

const viewer = (
  memberships: ReturnType<typeof membership>[],
  networkStaff = false,
): SessionViewerFragment => ({
  kind: 'account',
  label: 'someone@example.org',
  networkStaff,
  networkAdmin: false,
  account: { id: 'a1', email: 'someone@example.org', displayName: 'Someone', memberships },
});

describe('accessOf', () => {
  it.each([
    ['nobody', null],
    ['no answer yet', undefined],
  ])('is signed out for %s', (_name, input) => {
    expect(accessOf(input)).toEqual({
      signedIn: false,
      name: '',
      organizations: [],
      submitterOf: [],
      adminOf: [],
      networkStaff: false,
    });
  });

  it.each<[string, ReturnType<typeof membership>[], boolean, object]>([
    [
      'a hotline submitter',
      [membership('h1', 'hotline', 'submitter')],
      false,
      { organizations: ['h1'], submitterOf: ['h1'], adminOf: [], networkStaff: false },
    ],
    [
      'a company admin',
      [membership('c1', 'company', 'admin')],
      false,
      { organizations: ['c1'], submitterOf: ['c1'], adminOf: ['c1'], networkStaff: false },
    ],
    [
      'a hotline reviewer (reads, does not submit)',
      [membership('h1', 'hotline', 'reviewer')],
      false,
      { organizations: ['h1'], submitterOf: [], adminOf: [], networkStaff: false },
    ],
    [
      'a network reviewer (no submitter pages)',
      [membership('n1', 'network', 'reviewer')],
      true,
      { organizations: [], submitterOf: [], adminOf: [], networkStaff: true },
    ],
    [
      'several organizations, sorted by name, each once',
      [
        membership('c1', 'company', 'submitter', 'Zeta'),
        membership('h1', 'hotline', 'submitter', 'Alpha'),
        membership('h1', 'hotline', 'admin', 'Alpha'),
      ],
      false,
      {
        organizations: ['h1', 'c1'],
        submitterOf: ['c1', 'h1'],
        adminOf: ['h1'],
        networkStaff: false,
      },
    ],
  ])('reads %s', (_name, memberships, staff, expected) => {
    const access = accessOf(viewer(memberships, staff));
    expect({
      organizations: access.organizations.map((o) => o.id),
      submitterOf: access.submitterOf,
      adminOf: access.adminOf,
      networkStaff: access.networkStaff,
    }).toEqual(expected);
    expect(access.signedIn).toBe(true);
    expect(access.name).toBe('Someone');
  });

  it('names an account without a display name by its label', () => {
    const v = viewer([]);
    expect(accessOf({ ...v, account: v.account && { ...v.account, displayName: '' } }).name).toBe(
      'someone@example.org',
    );
  });
});

describe('allows and homeOf', () => {
  it.each<[string, ReturnType<typeof membership>[], boolean, boolean, boolean, boolean, string]>([
    [
      'a submitter',
      [membership('h1', 'hotline', 'submitter')],
      false,
      true,
      false,
      false,
      '/submit',
    ],
    [
      'a company admin',
      [membership('c1', 'company', 'admin')],
      false,
      true,
      false,
      true,
      '/submit',
    ],
    [
      'a network reviewer',
      [membership('n1', 'network', 'reviewer')],
      true,
      false,
      true,
      true,
      '/review',
    ],
    ['an account without organization', [], false, false, false, false, '/'],
  ])('%s', (_name, memberships, staff, member, reviewer, reporter, home) => {
    const access = accessOf(viewer(memberships, staff));
    expect(allows(access, 'member')).toBe(member);
    expect(allows(access, 'staff')).toBe(reviewer);
    expect(allows(access, 'reporter')).toBe(reporter);
    expect(homeOf(access)).toBe(home);
  });
});

describe('safeRedirect', () => {
  it.each([
    ['/submit', '/submit'],
    ['/submit/upload?lang=fr&org=1', '/submit/upload?lang=fr&org=1'],
    ['/review/abc#decision', '/review/abc#decision'],
    [null, '/'],
    [undefined, '/'],
    ['', '/'],
    ['submit', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/sign-in', '/'],
    ['/sign-in?next=/submit', '/'],
    ['/sign-inside', '/sign-inside'],
  ])('returns %p as %p', (next, expected) => {
    expect(safeRedirect(next)).toBe(expected);
  });

  it('uses the fallback given', () => {
    expect(safeRedirect('//x', '/submit')).toBe('/submit');
  });
});
