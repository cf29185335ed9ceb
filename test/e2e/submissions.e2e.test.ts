import request from 'supertest';
import { DataSource } from 'typeorm';
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

const LIMIT = 1024 * 1024;

describe('submitting figures over HTTP', () => {
  let api: RunningApi;
  let orgId: string;
  let submitter: TestCaller;
  let reviewer: TestCaller;
  let key: TestCaller;

  const countSubmissions = async () =>
    Number(
      (
        await api.app
          .get(DataSource)
          .query<{ n: string }[]>(
            'SELECT count(*) AS n FROM submission WHERE organization_id = $1',
            [orgId],
          )
      )[0]!.n,
    );
  const upload = () => request(api.app.getHttpServer()).post('/api/submissions').set(key.headers);

  beforeAll(async () => {
    api = await startTestApi({ maxUploadBytes: LIMIT, loginRateLimit: 1000 });
    const org = await createOrganization(api);
    orgId = org.id;
    const admin = await signedInAs(api, orgId, 'admin');
    submitter = await signedInAs(api, orgId, 'submitter');
    reviewer = await signedInAs(api, (await createNetwork(api)).id, 'reviewer');
    key = await apiKeyFor(api, orgId, admin);
  });

  afterAll(async () => {
    await api.close();
  });

  it('reports every error of a CSV at its row and column, stores nothing, then accepts the fixed file', async () => {
    const csv = (csam: string, nl: string) =>
      [
        'period,metric,hosting_country,value',
        '2025-01,hotline.reports.received,,100',
        `2025-01,hotline.reports.csam,,${csam}`,
        '2025-01,hotline.urls.csam,,30',
        `2025-01,hotline.urls.csam,NL,${nl}`,
        '2025-01,hotline.urls.csam,unknown,10',
      ].join('\n');
    const mutation =
      'mutation ($o: ID!, $csv: String!) { submitCsv(organizationId: $o, csv: $csv) { ok errors { row column code message } submissions { version status } } }';
    const bad = await graphqlAs<{
      submitCsv: { ok: boolean; errors: { row: number; column: string; code: string }[] };
    }>(api, submitter, mutation, { o: orgId, csv: csv('"1,5"', 'x') });
    expect(bad.data!.submitCsv.ok).toBe(false);
    expect(
      bad.data!.submitCsv.errors.map(({ row, column, code }) => ({ row, column, code })),
    ).toEqual([
      { row: 3, column: 'value', code: 'NOT_AN_INTEGER' },
      { row: 5, column: 'value', code: 'NOT_AN_INTEGER' },
    ]);
    expect(await countSubmissions()).toBe(0);

    const good = await graphqlAs<{
      submitCsv: { ok: boolean; submissions: { version: number; status: string }[] };
    }>(api, submitter, mutation, { o: orgId, csv: csv('15', '20') });
    expect(good.data!.submitCsv).toMatchObject({
      ok: true,
      submissions: [{ version: 1, status: 'submitted' }],
    });
  });

  it('still reports row-level mistakes of the readable rows when another row cannot be read', async () => {
    const csv = [
      'period,metric,value',
      '2025-07,hotline.reports.received,1,000',
      '2025-07,hotline.reports.csam,-4',
      '2025-07,hotline.nope,3',
    ].join('\n');
    const result = await graphqlAs<{
      submitCsv: { ok: boolean; errors: { row: number; code: string }[] };
    }>(
      api,
      submitter,
      'mutation ($o: ID!, $csv: String!) { submitCsv(organizationId: $o, csv: $csv) { ok errors { row code } } }',
      { o: orgId, csv },
    );
    expect(result.data!.submitCsv).toEqual({
      ok: false,
      errors: [
        { row: 2, code: 'MALFORMED_CSV' },
        { row: 3, code: 'NEGATIVE_VALUE' },
        { row: 4, code: 'UNKNOWN_METRIC' },
      ],
    });
  });

  it('takes a raw CSV body from a script with an API key, idempotently', async () => {
    const body = 'period,metric,value\r\n2025-02,hotline.reports.received,42\r\n';
    const first = await upload()
      .set({ 'content-type': 'text/csv', 'idempotency-key': 'feb-upload' })
      .send(body);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      ok: true,
      replayed: false,
      submissions: [{ period: '2025-02', version: 1 }],
    });
    const again = await upload()
      .set({ 'content-type': 'text/csv', 'idempotency-key': 'feb-upload' })
      .send(body);
    expect(again.status).toBe(200);
    expect(again.body.replayed).toBe(true);
    expect(again.body.submissions[0].id).toBe(first.body.submissions[0].id);
    const conflict = await upload()
      .set({ 'content-type': 'text/csv', 'idempotency-key': 'feb-upload' })
      .send(body.replace('42', '43'));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe('IDEMPOTENCY_CONFLICT');
  });

  it('takes a multipart file and a JSON body', async () => {
    const multipart = await upload().attach(
      'file',
      Buffer.from('period,metric,value\n2025-03,hotline.reports.received,8\n'),
      'march.csv',
    );
    expect(multipart.status).toBe(201);
    const json = await upload().send({
      period: '2025-04',
      figures: [{ metric: 'hotline.reports.received', value: 9 }],
    });
    expect(json.status).toBe(201);
    expect(json.body.submissions[0]).toMatchObject({ period: '2025-04', figureCount: 1 });
  });

  it.each([
    [
      'a raw body',
      () =>
        upload()
          .set('content-type', 'text/csv')
          .send(Buffer.alloc(3 * LIMIT, 'a')),
    ],
    ['a multipart file', () => upload().attach('file', Buffer.alloc(3 * LIMIT, 'a'), 'big.csv')],
  ])(
    'refuses %s over the upload limit with FILE_TOO_LARGE and stores nothing',
    async (_name, send) => {
      const before = await countSubmissions();
      const response = await send();
      expect(response.status).toBe(413);
      expect(response.body.errors[0]).toMatchObject({ code: 'FILE_TOO_LARGE' });
      expect(response.body.errors[0].message).toContain('1 MB');
      expect(await countSubmissions()).toBe(before);
    },
  );

  it('refuses a GraphQL request carrying a CSV over the limit', async () => {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set(submitter.headers)
      .send({
        query:
          'mutation ($o: ID!, $csv: String!) { submitCsv(organizationId: $o, csv: $csv) { ok } }',
        variables: { o: orgId, csv: 'x'.repeat(2 * LIMIT) },
      });
    expect(response.status).toBe(413);
    expect(response.body.errors[0].extensions.code).toBe('FILE_TOO_LARGE');
  });

  it('refuses a binary file with NOT_TEXT', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const response = await upload().attach('file', png, 'figures.csv');
    expect(response.status).toBe(422);
    expect(response.body.errors[0].code).toBe('NOT_TEXT');
  });

  it('gives two corrections sent at the same moment versions 2 and 3', async () => {
    const send = (value: number) =>
      upload()
        .set('content-type', 'text/csv')
        .send(`period,metric,value\n2025-05,hotline.reports.received,${value}\n`);
    expect((await send(1)).body.submissions[0].version).toBe(1);
    const [a, b] = await Promise.all([send(2), send(3)]);
    expect([a.body.submissions[0].version, b.body.submissions[0].version].sort()).toEqual([2, 3]);
  });

  it('serves a CSV template per organization kind', async () => {
    const response = await request(api.app.getHttpServer()).get('/api/templates/company.csv');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toContain('candor-company-template.csv');
    expect(response.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(
      /^period,metric,.*,value$/,
    );
    expect(response.text).toContain('company.takedown');
  });

  it('lets a reviewer reject with a reason the submitter sees, then accept a correction', async () => {
    const sent = await upload()
      .set('content-type', 'text/csv')
      .send('period,metric,value\n2025-06,hotline.reports.received,500\n');
    const id = sent.body.submissions[0].id as string;
    const review =
      'mutation ($id: ID!, $d: String!, $n: String) { reviewSubmission(id: $id, decision: $d, note: $n) { status reviewNote } }';
    const noReason = await graphqlAs(api, reviewer, review, { id, d: 'reject' });
    expect(noReason.errors![0]!.extensions!.code).toBe('REASON_REQUIRED');
    const rejected = await graphqlAs(api, reviewer, review, {
      id,
      d: 'reject',
      n: 'Received looks ten times too high',
    });
    expect(rejected.data).toEqual({
      reviewSubmission: { status: 'rejected', reviewNote: 'Received looks ten times too high' },
    });

    const seen = await graphqlAs<{ submissions: { reviewNote: string; status: string }[] }>(
      api,
      submitter,
      'query ($o: ID!) { submissions(organizationId: $o, period: "2025-06") { status reviewNote } }',
      { o: orgId },
    );
    expect(seen.data!.submissions).toEqual([
      { status: 'rejected', reviewNote: 'Received looks ten times too high' },
    ]);

    const fixed = await upload()
      .set('content-type', 'text/csv')
      .send('period,metric,value\n2025-06,hotline.reports.received,50\n');
    const queue = await graphqlAs<{
      reviewQueue: { submission: { id: string }; previousVersion: number | null }[];
    }>(api, reviewer, '{ reviewQueue { submission { id } previousVersion } }');
    expect(queue.data!.reviewQueue).toContainEqual({
      submission: { id: fixed.body.submissions[0].id },
      previousVersion: 1,
    });
    const comparison = await graphqlAs<{
      submissionComparison: { changes: { previous: number; current: number; change: string }[] };
    }>(
      api,
      reviewer,
      'query ($id: ID!) { submissionComparison(id: $id) { changes { previous current change } } }',
      { id: fixed.body.submissions[0].id },
    );
    expect(comparison.data!.submissionComparison.changes).toEqual([
      { previous: 500, current: 50, change: 'changed' },
    ]);
    const accepted = await graphqlAs(api, reviewer, review, {
      id: fixed.body.submissions[0].id,
      d: 'accept',
    });
    expect(accepted.data).toEqual({ reviewSubmission: { status: 'accepted', reviewNote: null } });
  });
});

describe('signing in', () => {
  let api: RunningApi;

  beforeAll(async () => {
    api = await startTestApi({ loginRateLimit: 3 });
  });

  afterAll(async () => {
    await api.close();
  });

  it('refuses a wrong password, says who is signed in, and limits attempts per minute', async () => {
    const org = await createOrganization(api);
    const caller = await signedInAs(api, org.id, 'submitter'); // attempt 1
    const me = await graphqlAs<{
      me: { label: string; account: { memberships: { role: string }[] } };
    }>(api, caller, '{ me { label account { memberships { role } } } }');
    expect(me.data!.me).toEqual({
      label: caller.email,
      account: { memberships: [{ role: 'submitter' }] },
    });
    const login =
      'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { label } }';
    const wrong = await graphqlAs(api, null, login, {
      e: caller.email,
      p: 'not the password at all',
    }); // attempt 2
    expect(wrong.errors![0]).toMatchObject({
      message: 'The e-mail address or the password is not right.',
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
    await graphqlAs(api, null, login, { e: caller.email, p: 'not the password at all' }); // attempt 3
    const limited = await graphqlAs(api, null, login, {
      e: caller.email,
      p: 'a long test password 123',
    });
    expect(limited.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
  });
});
