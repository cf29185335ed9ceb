import { sha256 } from '@candor/reports';
import { reportDatapackage, reportFilename, reportFiles, type ReportFacts } from './report-files';

const facts: ReportFacts = {
  id: '11111111-1111-4111-8111-111111111111',
  releaseId: '22222222-2222-4222-8222-222222222222',
  series: 'network-year/organization:acme/en',
  version: 2,
  scope: 'organization:acme',
  language: 'en',
  title: 'Yearly figures · Acme',
  publishedAt: new Date('2026-01-15T10:00:00Z'),
  json: '{"a":1}\n',
  csv: 'section,item\nx,y\n',
  jsonSha256: sha256('{"a":1}\n'),
  csvSha256: sha256('section,item\nx,y\n'),
  pdfSha256: null,
};

describe('report files', () => {
  it('addresses files under the report’s stable path, the scope URL-encoded', () => {
    expect(reportFiles(facts).map((f) => f.url)).toEqual([
      `/api/reports/${facts.releaseId}/organization%3Aacme/en/report.json`,
      `/api/reports/${facts.releaseId}/organization%3Aacme/en/report.csv`,
      `/api/reports/${facts.releaseId}/organization%3Aacme/en/report.pdf`,
      `/api/reports/${facts.releaseId}/organization%3Aacme/en/datapackage.json`,
    ]);
    expect(reportFilename(facts, 'report.pdf')).toBe(
      'candor-report-network-year-organization-acme-en-v2.pdf',
    );
    expect(reportFilename(facts, 'datapackage.json')).toBe(
      'candor-report-network-year-organization-acme-en-v2-datapackage.json',
    );
  });

  it('describes the data files in a byte-stable Frictionless data package', () => {
    const text = reportDatapackage(facts);
    expect(reportDatapackage({ ...facts })).toBe(text);
    const descriptor = JSON.parse(text) as {
      resources: { path: string; bytes: number; hash: string; schema?: { fields: unknown[] } }[];
    };
    expect(descriptor.resources.map((r) => [r.path, r.bytes, r.hash])).toEqual([
      ['report.csv', facts.csv.length, `sha256:${facts.csvSha256}`],
      ['report.json', facts.json.length, `sha256:${facts.jsonSha256}`],
    ]);
    expect(descriptor.resources[0]!.schema!.fields).toHaveLength(9);
    expect(reportFiles(facts).find((f) => f.name === 'datapackage.json')!.sha256).toBe(
      sha256(text),
    );
  });
});
