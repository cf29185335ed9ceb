import { VALIDATION_CODES as C } from '@candor/catalogue';
import { detectFormat, parseSubmissionFile } from './parse-file';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);

describe('parseSubmissionFile', () => {
  it.each([
    ['{"period":"2026-03","figures":[]}', {}, 'json'],
    ['\uFEFF \r\n [ ]', { filename: 'figures.csv', contentType: 'text/csv' }, 'json'],
    ['period,metric,value\n', {}, 'csv'],
    ['period,metric,value\n', { contentType: 'application/vnd.ms-excel' }, 'csv'],
    ['period,metric,value\n', { filename: 'FIGURES.JSON' }, 'json'],
    ['', { contentType: 'application/json; charset=utf-8' }, 'json'],
    ['', { contentType: 'application/problem+json' }, 'json'],
    ['', {}, 'csv'],
  ] as const)('reads %j with %j as %s', (text, hint, format) => {
    expect(detectFormat(encode(text), hint)).toBe(format);
    expect(parseSubmissionFile(encode(text), hint).format).toBe(format);
  });

  it('parses CSV and JSON uploads into the same documents', () => {
    const csv = parseSubmissionFile(
      encode('period,metric,value\r\n2026-03,hotline.reports.received,5\r\n'),
    );
    const json = parseSubmissionFile(
      encode('{"period":"2026-03","figures":[{"metric":"hotline.reports.received","value":"5"}]}'),
    );
    const withoutRows = (parsed: typeof csv) =>
      parsed.documents.map((d) => ({ ...d, figures: d.figures.map(({ row: _, ...f }) => f) }));
    expect(csv.errors).toEqual([]);
    expect(json.errors).toEqual([]);
    expect(withoutRows(csv)).toEqual(withoutRows(json));
    expect(csv.documents[0]?.figures[0]?.row).toBe(2);
    expect(json.documents[0]?.figures[0]?.row).toBe(1);
  });

  it('rejects a 50 MB upload with FILE_TOO_LARGE alone, without reading it', () => {
    const nul = new Uint8Array(50 * 1024 * 1024); // would be NOT_TEXT if it were read
    const rows = encode(
      `period,metric,value\n${'2026-03,hotline.reports.received,1\n'.repeat(1_500_000)}`,
    );
    const started = Date.now();
    const zeros = parseSubmissionFile(nul);
    const csv = parseSubmissionFile(rows, { filename: 'big.csv' });
    expect(Date.now() - started).toBeLessThan(50);
    for (const parsed of [zeros, csv]) {
      expect(codes(parsed.errors)).toEqual([C.FILE_TOO_LARGE]);
      expect(parsed.documents).toEqual([]);
    }
    expect(zeros.errors[0]?.message).toContain('is 50 MB, more than the limit of 10 MB');
  });

  it('applies a configured limit', () => {
    const file = encode('period,metric,value\n2026-03,hotline.reports.received,1\n');
    expect(codes(parseSubmissionFile(file, {}, { maxBytes: 20 }).errors)).toEqual([
      C.FILE_TOO_LARGE,
    ]);
    expect(parseSubmissionFile(file, {}, { maxBytes: file.length }).errors).toEqual([]);
  });

  it('rejects a PNG as NOT_TEXT, whatever it is called', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    for (const hint of [{}, { filename: 'figures.csv' }, { filename: 'figures.json' }]) {
      const parsed = parseSubmissionFile(png, hint);
      expect(codes(parsed.errors)).toEqual([C.NOT_TEXT]);
      expect(parsed.documents).toEqual([]);
    }
  });
});
