import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { loadConfig, type CandorConfig } from '@candor/api-platform';
import { OrganizationsService, type NewOrganization } from '@candor/api-organizations';
import { AccountsService, ApiKeysService, AuthService } from '@candor/api-auth';
import { startApi, type RunningApi } from '../../apps/api/src/app/start-api';
import { requireDatabaseUrl } from './database-url';

/** The API against the test database, on a free port, without demo data. */
export function startTestApi(overrides: Partial<CandorConfig> = {}): Promise<RunningApi> {
  const config: CandorConfig = {
    ...loadConfig({ LOG_LEVEL: 'error' }),
    databaseUrl: requireDatabaseUrl(),
    demoData: 'off',
    apiPort: 0,
    ...overrides,
  };
  return startApi(config);
}

/** An anonymous GraphQL request. */
export function graphql<T = Record<string, unknown>>(
  api: RunningApi,
  query: string,
  variables?: Record<string, unknown>,
) {
  return graphqlAs<T>(api, null, query, variables);
}

/** A fresh organization with a unique slug, so tests never share data. */
export function createOrganization(api: RunningApi, overrides: Partial<NewOrganization> = {}) {
  const suffix = randomUUID().slice(0, 8);
  return api.app.get(OrganizationsService).create({
    slug: `test-${suffix}`,
    name: `Test organization ${suffix}`,
    kind: 'hotline',
    country: 'NL',
    cadence: 'month',
    ...overrides,
  });
}

export interface TestCaller {
  label: string;
  headers: Record<string, string>;
}

const PASSWORD = 'a long test password 123';

/** An account with one role in one organization, signed in: its session cookie as a header. */
export async function signedInAs(
  api: RunningApi,
  organizationId: string,
  role: 'submitter' | 'reviewer' | 'admin',
  label: string = role,
): Promise<TestCaller & { accountId: string; email: string }> {
  const email = `${label.replace(/\W+/g, '-')}-${randomUUID().slice(0, 8)}@example.test`;
  const account = await api.app
    .get(AccountsService)
    .create({ email, displayName: label, password: PASSWORD, organizationId, role }, null);
  const response = await request(api.app.getHttpServer())
    .post('/graphql')
    .send({
      query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { label } }',
      variables: { e: email, p: PASSWORD },
    });
  const cookie = [response.headers['set-cookie']]
    .flat()
    .find((c) => String(c).startsWith('candor_session='));
  if (!cookie) throw new Error(`login failed for ${email}: ${JSON.stringify(response.body)}`);
  return {
    label,
    accountId: account.id,
    email,
    headers: { cookie: String(cookie).split(';')[0]! },
  };
}

/** A network organization, for reviewers and admins who act across organizations. */
export function createNetwork(api: RunningApi) {
  return createOrganization(api, { kind: 'network', country: null, cadence: null });
}

export async function apiKeyFor(
  api: RunningApi,
  organizationId: string,
  admin: { accountId: string },
): Promise<TestCaller & { id: string }> {
  const principal = await api.app.get(AuthService).accountPrincipal(admin.accountId);
  const { key, apiKey } = await api.app
    .get(ApiKeysService)
    .create(organizationId, 'test key', principal!);
  return {
    label: `api-key ${apiKey.prefix}`,
    id: apiKey.id,
    headers: { authorization: `Bearer ${key}` },
  };
}

export async function graphqlAs<T = Record<string, unknown>>(
  api: RunningApi,
  caller: TestCaller | null,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}> {
  const response = await request(api.app.getHttpServer())
    .post('/graphql')
    .set(caller?.headers ?? {})
    .send({ query, variables });
  return { status: response.status, ...response.body };
}
