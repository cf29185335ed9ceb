import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningApi } from '../../apps/api/src/app/start-api';
import { apiKeyFor, createOrganization, signedInAs, startTestApi } from '../support/api';

/** The README's script: a company submits a quarter's CSV with an API key and curl alone. */
describe('scripts/examples/submit-csv.sh', () => {
  let api: RunningApi;
  let key: string;

  beforeAll(async () => {
    api = await startTestApi();
    const company = await createOrganization(api, {
      kind: 'company',
      cadence: 'quarter',
      country: 'IE',
    });
    const admin = await signedInAs(api, company.id, 'admin');
    key = (await apiKeyFor(api, company.id, admin)).headers['authorization']!.replace(
      'Bearer ',
      '',
    );
  });

  afterAll(async () => {
    await api.close();
  });

  /** Asynchronous on purpose: the API answering curl lives in this same process. */
  const run = (file: string) =>
    new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        'bash',
        ['scripts/examples/submit-csv.sh', file],
        {
          env: { PATH: process.env['PATH'] ?? '', CANDOR_API_URL: api.url!, CANDOR_API_KEY: key },
          encoding: 'utf8',
        },
        (error, stdout, stderr) =>
          resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it('stores the example quarter, and a second run returns the same submission', async () => {
    const first = await run('docs/examples/company-2023-Q3.csv');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout);
    expect(report).toMatchObject({
      ok: true,
      replayed: false,
      submissions: [{ period: '2023-Q3', version: 1, status: 'submitted' }],
    });
    const again = JSON.parse((await run('docs/examples/company-2023-Q3.csv')).stdout);
    expect(again).toMatchObject({ ok: true, replayed: true });
    expect(again.submissions[0].id).toBe(report.submissions[0].id);
  });

  it('exits non-zero and prints the errors when the figures are refused', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'candor-curl-')), 'bad.csv');
    writeFileSync(file, 'period,metric,value\n2023-Q3,company.notices.received,-5\n');
    const result = await run(file);
    expect(result.status).not.toBe(0);
    expect(JSON.parse(result.stdout).errors).toEqual([
      expect.objectContaining({ row: 2, column: 'value', code: 'NEGATIVE_VALUE' }),
    ]);
  });
});
