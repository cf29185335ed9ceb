import {
  DIMENSIONS,
  WARNING_CODES as W,
  metricsFor,
  validateDocument,
  type OrganizationKind,
} from '@candor/catalogue';
import { parseSubmissionCsv } from './csv/parse-csv';
import { csvTemplate, templateColumns } from './template';

const KINDS: OrganizationKind[] = ['hotline', 'company'];
const NOW = new Date('2030-01-01');

/** Every empty value cell (the last one of each data line) set to `value`. */
const fill = (template: string, value: string): string =>
  template.replace(/,\r\n/g, `,${value}\r\n`);

describe('csvTemplate', () => {
  it('has the header period, metric, the dimension columns of the kind in catalogue order, value', () => {
    expect(csvTemplate('company').split('\r\n')[0]).toBe(
      '\uFEFFperiod,metric,user_country,content_type,detection,match,takedown_hours,repeat,value',
    );
    for (const kind of KINDS) {
      const dimensions = templateColumns(kind).slice(2, -1);
      const order = DIMENSIONS.map((d) => d.code as string);
      expect([...dimensions].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(
        dimensions,
      );
      const used = new Set(metricsFor(kind).flatMap((m) => m.dimensions));
      expect(new Set(dimensions)).toEqual(used);
    }
  });

  it.each(KINDS)('has a %s total per metric, and a row per bucket of histogram metrics', (kind) => {
    const parsed = parseSubmissionCsv(fill(csvTemplate(kind, '2026-03'), '1'));
    const rows = parsed.documents[0]?.figures ?? [];
    for (const metric of metricsFor(kind)) {
      const own = rows.filter((f) => f.metric === metric.code);
      const required = metric.requiredDimension;
      const buckets = DIMENSIONS.find((d) => d.code === required)?.values.length ?? 1;
      expect([metric.code, own.length]).toEqual([metric.code, buckets]);
      if (required) expect(own.every((f) => f.dimensions[required])).toBe(true);
      else expect(own[0]?.dimensions).toEqual({});
    }
  });

  it.each(KINDS)('parses untouched (%s) with no error, only VALUE_OMITTED warnings', (kind) => {
    for (const period of ['2026-03', undefined]) {
      const parsed = parseSubmissionCsv(csvTemplate(kind, period));
      expect(parsed.errors).toEqual([]);
      expect(parsed.warnings.map((w) => w.code)).toEqual([W.VALUE_OMITTED]);
      expect(parsed.documents).toEqual([{ period: period ?? '', figures: [] }]);
    }
  });

  it.each(KINDS)('filled with 0 (%s), yields a document the validator accepts', (kind) => {
    const template = csvTemplate(kind, '2026-Q1');
    const parsed = parseSubmissionCsv(fill(template, '0'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(parsed.documents).toHaveLength(1);
    const result = validateDocument(parsed.documents[0]!, { organizationKind: kind, now: NOW });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.figures).toHaveLength(template.split('\r\n').length - 2);
  });

  it('quotes cells that hold a comma, and leaves the period empty unless given', () => {
    const lines = csvTemplate('hotline').split('\r\n');
    expect(lines).toContain(',hotline.takedown,,,,,,,,"[0,1)",,');
    expect(lines).toContain(',hotline.takedown,,,,,,,,"[720,∞)",,');
    expect(lines.at(-1)).toBe('');
  });

  it('refuses a period that is not a period code', () => {
    expect(() => csvTemplate('hotline', '=cmd')).toThrow(RangeError);
    expect(() => csvTemplate('hotline', '2026-13')).toThrow('not a period code');
  });
});
