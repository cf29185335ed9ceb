import { SubmissionsService } from '@candor/api-submissions';
import { DataSource } from 'typeorm';
import { queryContributions } from '../../libs/api-submissions/src/lib/network-totals.query';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import { createOrganization, startTestApi } from '../support/api';
import { hotlineDocument } from '../support/documents';

const actor = { label: 'integration-test' };

describe('network totals query', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('sums accepted current versions per organization and rolls months up to quarters', async () => {
    const submissions = api.app.get(SubmissionsService);
    const org = await createOrganization(api);
    for (const [period, scale] of [
      ['2024-01', 1],
      ['2024-02', 2],
      ['2024-04', 3],
    ] as const) {
      const outcome = await submissions.submit({
        organizationId: org.id,
        document: hotlineDocument(period, scale),
        source: 'api',
        actor,
      });
      await submissions.review(outcome.submission!.id, 'accepted', null, actor);
    }
    // A later, unreviewed correction supersedes the accepted January: it no longer counts.
    await submissions.submit({
      organizationId: org.id,
      document: hotlineDocument('2024-01', 5),
      source: 'api',
      actor,
    });

    const rows = await queryContributions(
      api.app.get(DataSource).manager,
      'hotline.reports.received',
      'quarter',
    );
    const mine = rows.filter((r) => r.organizationId === org.id);
    expect(mine).toEqual([
      { bucket: '2024-01-01', organizationId: org.id, value: 200 },
      { bucket: '2024-04-01', organizationId: org.id, value: 300 },
    ]);
  });
});
