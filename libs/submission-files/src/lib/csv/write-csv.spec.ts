import { parseSubmissionCsv } from '../csv/parse-csv';
import { submissionCsv } from './write-csv';

const documents = [
  {
    period: '2026-01',
    figures: [
      { metric: 'hotline.urls.csam', dimensions: {}, value: 12 },
      { metric: 'hotline.urls.csam', dimensions: { hosting_country: 'NL' }, value: 12 },
      { metric: 'hotline.takedown', dimensions: { takedown_hours: '[720,∞)' }, value: 3 },
      {
        metric: 'hotline.takedown',
        dimensions: { takedown_hours: '[720,∞)', hosting_country: 'NL' },
        value: 3,
      },
    ],
  },
  {
    period: '2026-02',
    figures: [{ metric: 'hotline.reports.received', dimensions: {}, value: 0 }],
  },
];

describe('submissionCsv', () => {
  it('writes the template columns and reads back as the same figures', () => {
    const text = [...submissionCsv('hotline', documents)].join('');
    expect(text.split('\r\n')[0]).toBe(
      'period,metric,hosting_country,content_type,victim_age,victim_sex,site_type,origin,match,takedown_hours,repeat,value',
    );
    expect(text).toContain('2026-01,hotline.takedown,NL,,,,,,,"[720,∞)",,3\r\n');
    const parsed = parseSubmissionCsv(text);
    expect(parsed.errors).toEqual([]);
    expect(
      parsed.documents.map((d) => ({
        period: d.period,
        figures: d.figures.map((f) => ({
          metric: f.metric,
          dimensions: f.dimensions,
          value: Number(f.value),
        })),
      })),
    ).toEqual(documents);
  });

  it('yields pieces of bounded size for a large file', () => {
    const many = [
      {
        period: '2026-01',
        figures: Array.from({ length: 5000 }, (_, i) => ({
          metric: 'hotline.urls.csam',
          dimensions: { hosting_country: 'NL' },
          value: i,
        })),
      },
    ];
    const pieces = [...submissionCsv('hotline', many)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(65_536 + 200);
    expect(pieces.join('').split('\r\n')).toHaveLength(5002);
  });
});
