import request from 'supertest';
import { SubmissionsService } from '@candor/api-submissions';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import {
  apiKeyFor,
  createNetwork,
  createOrganization,
  graphqlAs,
  signedInAs,
  startTestApi,
  type TestCaller,
} from '../support/api';
import { hotlineDocument } from '../support/documents';

type Who =
  | 'anonymous'
  | 'submitterA'
  | 'submitterB'
  | 'reviewer'
  | 'networkAdmin'
  | 'apiKeyA'
  | 'revokedKey';
const EVERYONE: Who[] = [
  'anonymous',
  'submitterA',
  'submitterB',
  'reviewer',
  'networkAdmin',
  'apiKeyA',
  'revokedKey',
];
const DENIAL = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'SUBMISSION_NOT_FOUND']);

interface Fixture {
  api: RunningApi;
  orgA: string;
  orgB: string;
  callers: Record<Who, TestCaller | null>;
  submissionOfA: string;
  keyOfA: string;
  freshSubmissionOfA(): Promise<string>;
}

interface Operation {
  name: string;
  allowed: Who[];
  /** Runs the operation; true when it was refused for lack of rights. */
  denied(fx: Fixture, caller: TestCaller | null): Promise<boolean>;
}

const gql =
  (
    query: string,
    variables: (
      fx: Fixture,
    ) => Promise<Record<string, unknown>> | Record<string, unknown> = () => ({}),
  ) =>
  async (fx: Fixture, caller: TestCaller | null) => {
    const result = await graphqlAs(fx.api, caller, query, await variables(fx));
    return (result.errors ?? []).some((e) => DENIAL.has(e.extensions?.code ?? ''));
  };

const submissionInput = (fx: Fixture) => ({
  input: {
    organizationId: fx.orgA,
    period: '2024-05',
    figures: [{ metric: 'hotline.reports.received', value: 7 }],
  },
});

const OPERATIONS: Operation[] = [
  { name: 'metrics', allowed: EVERYONE, denied: gql('{ metrics { code } }') },
  { name: 'organizations', allowed: EVERYONE, denied: gql('{ organizations { id } }') },
  { name: 'me', allowed: EVERYONE, denied: gql('{ me { label } }') },
  { name: 'csvTemplate', allowed: EVERYONE, denied: gql('{ csvTemplate(kind: "hotline") }') },
  { name: 'logout', allowed: EVERYONE, denied: gql('mutation { logout }') },
  {
    name: 'createOrganization',
    allowed: ['networkAdmin'],
    denied: gql(
      'mutation ($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }',
      () => ({
        i: {
          slug: `matrix-${Math.random().toString(36).slice(2, 10)}`,
          name: 'Matrix org',
          kind: 'company',
          country: 'DE',
        },
      }),
    ),
  },
  {
    name: 'createAccount',
    allowed: ['networkAdmin'],
    denied: gql('mutation ($i: CreateAccountInput!) { createAccount(input: $i) { id } }', (fx) => ({
      i: {
        email: `new-${Math.random().toString(36).slice(2, 10)}@example.test`,
        displayName: 'New',
        password: 'another long password',
        organizationId: fx.orgA,
        role: 'submitter',
      },
    })),
  },
  {
    name: 'createApiKey',
    allowed: ['networkAdmin'],
    denied: gql(
      'mutation ($o: ID!) { createApiKey(organizationId: $o, name: "m") { key } }',
      (fx) => ({ o: fx.orgA }),
    ),
  },
  {
    name: 'apiKeys',
    allowed: ['networkAdmin'],
    denied: gql('query ($o: ID!) { apiKeys(organizationId: $o) { id } }', (fx) => ({ o: fx.orgA })),
  },
  {
    name: 'revokeApiKey',
    allowed: ['networkAdmin'],
    denied: gql('mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', (fx) => ({
      id: fx.keyOfA,
    })),
  },
  {
    name: 'validateFigures',
    allowed: ['submitterA', 'apiKeyA'],
    denied: gql(
      'mutation ($input: SubmissionInput!) { validateFigures(input: $input) { ok } }',
      submissionInput,
    ),
  },
  {
    name: 'submitFigures',
    allowed: ['submitterA', 'apiKeyA'],
    denied: gql(
      'mutation ($input: SubmissionInput!) { submitFigures(input: $input) { ok } }',
      submissionInput,
    ),
  },
  {
    name: 'submitCsv',
    allowed: ['submitterA', 'apiKeyA'],
    denied: gql(
      'mutation ($o: ID!, $csv: String!) { submitCsv(organizationId: $o, csv: $csv) { ok } }',
      (fx) => ({
        o: fx.orgA,
        csv: 'period,metric,value\n2024-06,hotline.reports.received,5\n',
      }),
    ),
  },
  {
    name: 'POST /api/submissions',
    allowed: ['submitterA', 'apiKeyA'],
    async denied(fx, caller) {
      const response = await request(fx.api.app.getHttpServer())
        .post(`/api/submissions?organizationId=${fx.orgA}`)
        .set({ ...(caller?.headers ?? {}), 'content-type': 'text/csv' })
        .send('period,metric,value\n2024-07,hotline.reports.received,5\n');
      return response.status === 401 || response.status === 403;
    },
  },
  {
    name: 'submissions',
    allowed: ['submitterA', 'apiKeyA', 'reviewer', 'networkAdmin'],
    denied: gql('query ($o: ID!) { submissions(organizationId: $o) { id } }', (fx) => ({
      o: fx.orgA,
    })),
  },
  {
    name: 'submission',
    allowed: ['submitterA', 'apiKeyA', 'reviewer', 'networkAdmin'],
    denied: gql('query ($id: ID!) { submission(id: $id) { id figures { value } } }', (fx) => ({
      id: fx.submissionOfA,
    })),
  },
  {
    name: 'periodStatuses',
    allowed: ['submitterA', 'apiKeyA', 'reviewer', 'networkAdmin'],
    denied: gql('query ($o: ID!) { periodStatuses(organizationId: $o) { period } }', (fx) => ({
      o: fx.orgA,
    })),
  },
  {
    name: 'submissionComparison',
    allowed: ['submitterA', 'reviewer', 'networkAdmin'],
    denied: gql(
      'query ($id: ID!) { submissionComparison(id: $id) { changes { change } } }',
      (fx) => ({ id: fx.submissionOfA }),
    ),
  },
  {
    name: 'reviewQueue',
    allowed: ['reviewer', 'networkAdmin'],
    denied: gql('{ reviewQueue { submission { id } } }'),
  },
  {
    name: 'reviewSubmission',
    allowed: ['reviewer', 'networkAdmin'],
    denied: gql(
      'mutation ($id: ID!) { reviewSubmission(id: $id, decision: "accept") { status } }',
      async (fx) => ({ id: await fx.freshSubmissionOfA() }),
    ),
  },
];

describe('authorization matrix: every operation × every kind of caller', () => {
  const fx = {} as Fixture;

  beforeAll(async () => {
    fx.api = await startTestApi({ loginRateLimit: 1000 });
    const network = await createNetwork(fx.api);
    const orgA = await createOrganization(fx.api);
    const orgB = await createOrganization(fx.api);
    fx.orgA = orgA.id;
    fx.orgB = orgB.id;
    const adminA = await signedInAs(fx.api, orgA.id, 'admin', 'admin-a');
    const revoked = await apiKeyFor(fx.api, orgA.id, adminA);
    await graphqlAs(fx.api, adminA, 'mutation ($id: ID!) { revokeApiKey(id: $id) { id } }', {
      id: revoked.id,
    });
    const keyA = await apiKeyFor(fx.api, orgA.id, adminA);
    fx.keyOfA = (await apiKeyFor(fx.api, orgA.id, adminA)).id;
    fx.callers = {
      anonymous: null,
      submitterA: await signedInAs(fx.api, orgA.id, 'submitter', 'submitter-a'),
      submitterB: await signedInAs(fx.api, orgB.id, 'submitter', 'submitter-b'),
      reviewer: await signedInAs(fx.api, network.id, 'reviewer', 'network-reviewer'),
      networkAdmin: await signedInAs(fx.api, network.id, 'admin', 'network-admin'),
      apiKeyA: keyA,
      revokedKey: revoked,
    };
    const submissions = fx.api.app.get(SubmissionsService);
    const actor = { label: 'matrix' };
    let month = 0;
    fx.freshSubmissionOfA = async () => {
      month += 1;
      const outcome = await submissions.submit({
        organizationId: orgA.id,
        document: hotlineDocument(`2023-${String(month).padStart(2, '0')}`),
        source: 'api',
        actor,
      });
      return outcome.submission!.id;
    };
    fx.submissionOfA = await fx.freshSubmissionOfA();
  });

  afterAll(async () => {
    await fx.api.close();
  });

  it.each(OPERATIONS.map((op) => [op.name, op] as const))('%s', async (_name, operation) => {
    const outcome: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const who of EVERYONE) {
      outcome[who] = (await operation.denied(fx, fx.callers[who])) ? 'denied' : 'allowed';
      expected[who] = operation.allowed.includes(who) ? 'allowed' : 'denied';
    }
    expect(outcome).toEqual(expected);
  });

  it('tells a script that its key was revoked', async () => {
    const result = await graphqlAs(
      fx.api,
      fx.callers.revokedKey,
      'query ($o: ID!) { submissions(organizationId: $o) { id } }',
      { o: fx.orgA },
    );
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(result.errors![0]!.message).toMatch(
      /^This API key \(cnd_[a-z0-9]{8}\) was revoked on \d{4}-\d{2}-\d{2}\.$/,
    );
  });

  it('never lets submitter B see submitter A’s figures through a nested field', async () => {
    const result = await graphqlAs(
      fx.api,
      fx.callers.submitterB,
      'query ($id: ID!) { submission(id: $id) { figures { value } } }',
      { id: fx.submissionOfA },
    );
    expect(result.data).toBeNull();
    expect(result.errors![0]!.extensions!.code).toBe('SUBMISSION_NOT_FOUND');
  });
});
