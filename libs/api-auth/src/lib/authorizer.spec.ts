import { authorize } from './authorizer';
import type { Principal } from './principal';

const A = 'org-a';
const B = 'org-b';
const NET = 'network';

const principal = (
  memberships: Principal['memberships'],
  kind: Principal['kind'] = 'account',
): Principal => ({
  kind,
  accountId: kind === 'account' ? 'acc' : null,
  apiKeyId: kind === 'api-key' ? 'key' : null,
  label: 'x',
  memberships,
});

const submitterA = principal([
  { organizationId: A, organizationKind: 'hotline', role: 'submitter' },
]);
const adminA = principal([{ organizationId: A, organizationKind: 'hotline', role: 'admin' }]);
const reviewerA = principal([{ organizationId: A, organizationKind: 'hotline', role: 'reviewer' }]);
const keyA = principal(
  [{ organizationId: A, organizationKind: 'hotline', role: 'submitter' }],
  'api-key',
);
const networkReviewer = principal([
  { organizationId: NET, organizationKind: 'network', role: 'reviewer' },
]);
const networkAdmin = principal([
  { organizationId: NET, organizationKind: 'network', role: 'admin' },
]);

const allowed = (check: () => void) => {
  try {
    check();
    return true;
  } catch {
    return false;
  }
};

describe('authorize', () => {
  it.each([
    ['submitter of A', submitterA, [true, false], [true, false], [false, false]],
    ['admin of A', adminA, [true, false], [true, false], [true, false]],
    ['reviewer of A', reviewerA, [false, false], [true, false], [false, false]],
    ['API key of A', keyA, [true, false], [true, false], [false, false]],
    ['network reviewer', networkReviewer, [false, false], [true, true], [false, false]],
    ['network admin', networkAdmin, [false, false], [true, true], [true, true]],
  ])('%s: submit, read, administer for [A, B]', (_name, who, submit, read, administer) => {
    expect([A, B].map((org) => allowed(() => authorize.submitFor(who, org)))).toEqual(submit);
    expect([A, B].map((org) => allowed(() => authorize.readFiguresOf(who, org)))).toEqual(read);
    expect([A, B].map((org) => allowed(() => authorize.administer(who, org)))).toEqual(administer);
  });
});
