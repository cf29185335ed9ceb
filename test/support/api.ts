import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { loadConfig, type CandorConfig } from '@candor/api-platform';
import { OrganizationsService, type NewOrganization } from '@candor/api-organizations';
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

export async function graphql<T = Record<string, unknown>>(
  api: RunningApi,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}> {
  const response = await request(api.app.getHttpServer())
    .post('/graphql')
    .send({ query, variables });
  return { status: response.status, ...response.body };
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
