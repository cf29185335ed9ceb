import { createHash } from 'node:crypto';
import { canonicalCsv, sha256, type PublishedCell } from '../canonical-csv';
import { type PublishedStatistic, type ReleaseFacts, releaseFiles } from './release-files';

const cells: PublishedCell[] = [
  {
    metric: 'm.b',
    scope: 'network',
    period: '2025-02',
    dimension: null,
    dimensionValue: null,
    value: 40,
    suppression: null,
  },
  {
    metric: 'm.a',
    scope: 'network',
    period: '2025-01',
    dimension: 'country',
    dimensionValue: 'MT',
    value: null,
    suppression: 'contributors',
  },
  {
    metric: 'm.a',
    scope: 'network',
    period: '2025-01',
    dimension: null,
    dimensionValue: null,
    value: 12,
    suppression: null,
  },
];
const statistics: PublishedStatistic[] = [
  { kind: 'takedown', metric: 'm.b', scope: 'network', period: '2025-01', data: { median: 1.5 } },
  { kind: 'spike', metric: 'm.a', scope: 'network', period: null, data: { z: 3 } },
];
const release: ReleaseFacts = {
  id: '00000000-0000-4000-8000-000000000001',
  series: 'network-month',
  version: 3,
  title: 'Network figures',
  periodFrom: '2025-01',
  periodTo: '2025-02',
  granularity: 'month',
  checksum: sha256(canonicalCsv(cells)),
  publishedAt: new Date('2026-01-02T03:04:05Z'),
};
const hex = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('releaseFiles', () => {
  const files = releaseFiles(release, cells, statistics);

  it('serves the canonical CSV, whose SHA-256 is the release checksum', () => {
    expect(files['cells.csv'].body.toString('utf8')).toBe(canonicalCsv(cells));
    expect(files['cells.csv'].sha256).toBe(release.checksum);
    expect(files['cells.csv'].filename).toBe('candor-network-month-v3-cells.csv');
  });

  it('gives the same bytes whatever order the rows come in', () => {
    const again = releaseFiles(release, [...cells].reverse(), [...statistics].reverse());
    for (const name of Object.keys(files) as (keyof typeof files)[])
      expect(again[name].body.equals(files[name].body)).toBe(true);
  });

  it('shows no value for a withheld cell, only its reason', () => {
    const json = JSON.parse(files['cells.json'].body.toString('utf8')) as {
      cells: { dimensionValue: string | null; value: number | null; suppression: string | null }[];
    };
    expect(json.cells.find((c) => c.dimensionValue === 'MT')).toMatchObject({
      value: null,
      suppression: 'contributors',
    });
    expect(files['cells.csv'].body.toString('utf8')).toContain(
      'm.a,network,2025-01,country,MT,,contributors\n',
    );
  });

  it('describes every file with its size and hash in a Frictionless data package', () => {
    const descriptor = JSON.parse(files['datapackage.json'].body.toString('utf8')) as {
      name: string;
      version: string;
      created: string;
      licenses: unknown[];
      resources: {
        path: keyof typeof files;
        bytes: number;
        hash: string;
        schema?: { fields: { name: string }[] };
      }[];
    };
    expect(descriptor).toMatchObject({
      name: 'candor-network-month-v3',
      version: '3',
      created: '2026-01-02T03:04:05.000Z',
    });
    expect(descriptor.licenses).toHaveLength(1);
    expect(descriptor.resources.map((r) => r.path)).toEqual([
      'cells.csv',
      'cells.json',
      'statistics.json',
    ]);
    for (const resource of descriptor.resources) {
      expect(resource.bytes).toBe(files[resource.path].body.length);
      expect(resource.hash).toBe(`sha256:${hex(files[resource.path].body)}`);
    }
    expect(descriptor.resources[0]!.schema!.fields.map((f) => f.name)).toEqual(
      canonicalCsv([]).trim().split(','),
    );
  });
});
