import type { Principal } from '@candor/api-auth';
import { reportAccess } from './report-access';

const ORG = 'org-1';
const OTHER = 'org-2';

const principal = (
  memberships: {
    organizationId: string;
    organizationKind: 'network' | 'company';
    role: 'reviewer' | 'admin' | 'submitter';
  }[],
): Principal => ({
  kind: 'account',
  accountId: 'a',
  apiKeyId: null,
  label: 'someone',
  memberships,
});

const reviewer = principal([
  { organizationId: 'net', organizationKind: 'network', role: 'reviewer' },
]);
const companyAdmin = principal([
  { organizationId: ORG, organizationKind: 'company', role: 'admin' },
]);
const companySubmitter = principal([
  { organizationId: ORG, organizationKind: 'company', role: 'submitter' },
]);
const otherAdmin = principal([
  { organizationId: OTHER, organizationKind: 'company', role: 'admin' },
]);

const network = (status: 'draft' | 'published' | 'building') => ({
  organizationId: null,
  status,
});
const own = (status: 'draft' | 'published' | 'building') => ({ organizationId: ORG, status });

describe('reportAccess', () => {
  it('lets network staff publish network-level reports of network releases at once', () => {
    expect(
      reportAccess(reviewer, { release: network('published'), scopeOrganizationId: null }),
    ).toEqual({ allowed: true, publishes: 'published' });
  });

  it('makes a report of an organization’s figures prepared by staff wait for its admin', () => {
    expect(
      reportAccess(reviewer, { release: network('published'), scopeOrganizationId: ORG }),
    ).toEqual({ allowed: true, publishes: 'awaiting_approval' });
  });

  it('lets an organization admin publish its own figures, from a network or its own release', () => {
    expect(
      reportAccess(companyAdmin, { release: network('published'), scopeOrganizationId: ORG }),
    ).toEqual({ allowed: true, publishes: 'published' });
    expect(reportAccess(companyAdmin, { release: own('draft'), scopeOrganizationId: ORG })).toEqual(
      { allowed: true, publishes: 'published' },
    );
  });

  it('refuses everyone else', () => {
    const refused = [
      reportAccess(companyAdmin, { release: network('published'), scopeOrganizationId: null }),
      reportAccess(companyAdmin, { release: network('draft'), scopeOrganizationId: ORG }),
      reportAccess(companyAdmin, { release: own('building'), scopeOrganizationId: ORG }),
      reportAccess(companySubmitter, { release: own('draft'), scopeOrganizationId: ORG }),
      reportAccess(otherAdmin, { release: own('draft'), scopeOrganizationId: ORG }),
      reportAccess(otherAdmin, { release: network('published'), scopeOrganizationId: ORG }),
      reportAccess(reviewer, { release: own('draft'), scopeOrganizationId: ORG }),
      reportAccess(reviewer, { release: own('draft'), scopeOrganizationId: null }),
      reportAccess(reviewer, { release: network('building'), scopeOrganizationId: null }),
    ];
    for (const access of refused) expect(access.allowed).toBe(false);
  });
});
