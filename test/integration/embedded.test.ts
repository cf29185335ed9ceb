import { jest } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { loadConfig } from '@candor/api-platform';
import { DEMO_ACCOUNTS, DemoSeeder, SubmissionsService } from '@candor/api-submissions';
import { OrganizationsService } from '@candor/api-organizations';
import { publishDemoRelease, ReleasesService } from '@candor/api-releases';
import { startApi } from '../../apps/api/src/app/start-api';
import { hotlineDocument } from '../support/documents';

jest.setTimeout(120_000);

const config = (dataDir: string) => ({
  ...loadConfig({ LOG_LEVEL: 'error' }),
  databaseUrl: undefined,
  dataDir,
  demoData: 'off' as const,
  apiPort: 0,
});

describe('embedded database (PGlite, no server)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'candor-embedded-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts, migrates, seeds through the submission path, answers concurrent requests, and persists', async () => {
    const api = await startApi(config(dataDir));
    try {
      const health = await request(api.url!).get('/health');
      expect(health.body).toMatchObject({
        status: 'ok',
        database: { status: 'up', mode: 'embedded' },
      });

      const seed = await api.app
        .get(DemoSeeder)
        .seedIfEmpty({ hotlines: 3, companies: 3, years: 1 });
      await publishDemoRelease(api.app.get(DataSource), api.app.get(ReleasesService));
      expect(seed).toMatchObject({
        seeded: true,
        organizations: 7,
        submissions: 3 * 12 + 3 * 4 + 3,
      });
      expect(await api.app.get(DemoSeeder).seedIfEmpty()).toMatchObject({ seeded: false });

      // Every demo sign-in of the README works.
      for (const account of DEMO_ACCOUNTS) {
        const login = await request(api.url!)
          .post('/graphql')
          .send({
            query:
              'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { label } }',
            variables: { e: account.email, p: account.password },
          });
        expect(login.body).toEqual({ data: { login: { label: account.email } } });
      }

      // Concurrent transactions and queries over the one embedded connection queue.
      const [org] = await api.app.get(OrganizationsService).list('hotline');
      const submissions = api.app.get(SubmissionsService);
      const actor = { label: 'embedded-test' };
      const [a, b, page] = await Promise.all([
        submissions.submit({
          organizationId: org!.id,
          document: hotlineDocument('2020-01'),
          source: 'api',
          actor,
        }),
        submissions.submit({
          organizationId: org!.id,
          document: hotlineDocument('2020-01', 2),
          source: 'api',
          actor,
        }),
        request(api.url!).post('/graphql').send({
          query:
            '{ metrics { code } organizations { slug } series(metric: "hotline.reports.received", granularity: "month") { period value suppression } }',
        }),
      ]);
      expect([a.submission!.version, b.submission!.version].sort()).toEqual([1, 2]);
      expect(page.body.errors).toBeUndefined();
      expect(page.body.data.organizations).toHaveLength(7);
      // The demo's first monthly release.
      const points = page.body.data.series as {
        value: number | null;
        suppression: string | null;
      }[];
      // Twelve accepted months; the month after them waits for review (DEMO_PENDING_REVIEWS) and is not counted.
      expect(points).toHaveLength(12);
      const queue = await api.app
        .get(DataSource)
        .query<{ n: string }[]>(
          `SELECT count(*) AS n FROM submission WHERE status = 'submitted' AND source = 'demo'`,
        );
      expect(Number(queue[0]!.n)).toBe(3);
      expect(points.every((p) => p.suppression !== null || (p.value ?? 0) > 0)).toBe(true);
    } finally {
      await api.close();
    }

    const reopened = await startApi(config(dataDir));
    // A second process on the same folder would corrupt it: refused while the first holds it.
    // (Same process here, so the lock names our own pid; the message is what a user sees.)
    await expect(startApi(config(dataDir))).rejects.toThrow(
      /Cannot open the embedded database in .*: the data folder is in use by process \d+/,
    );
    try {
      expect(await reopened.app.get(OrganizationsService).count()).toBe(7);
    } finally {
      await reopened.close();
    }
  });
});
