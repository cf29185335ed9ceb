// Every issue code a file upload can produce, triggered through the whole path: bytes → parser →
// validator (`validateDocument`), as the API does it.
import {
  VALIDATION_CODES as C,
  WARNING_CODES as W,
  validateDocument,
  type Figure,
  type IssueCode,
  type OrganizationKind,
  type ValidationIssue,
} from '@candor/catalogue';
import { parseSubmissionFile } from './parse-file';
import { csvTemplate } from './template';
import { DEFAULT_MAX_UPLOAD_BYTES } from './types';

const NOW = new Date('2026-05-15T12:00:00Z');
const HEADER = 'period,metric,hosting_country,takedown_hours,value';
const csv = (...rows: string[]): string => [HEADER, ...rows].join('\r\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

interface Report {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
}

/** What the API answers for an upload: parser issues, else the validator's for each period. */
function report(
  file: string | Uint8Array,
  kind: OrganizationKind = 'hotline',
  previous: Figure[] = [],
): Report {
  const bytes = typeof file === 'string' ? new TextEncoder().encode(file) : file;
  const parsed = parseSubmissionFile(bytes);
  if (parsed.errors.length > 0) return parsed;
  const results = parsed.documents.map((d) =>
    validateDocument(d, { organizationKind: kind, now: NOW, previous }),
  );
  return {
    errors: results.flatMap((r) => r.errors),
    warnings: [...parsed.warnings, ...results.flatMap((r) => r.warnings)],
  };
}

const received = (value: number | string, row = ''): string =>
  `2026-03,hotline.reports.received,${row},,${value}`;

const CASES: [IssueCode, string | Uint8Array, number | undefined, string | undefined][] = [
  [C.UNKNOWN_METRIC, csv('2026-03,hotline.reports.recieved,,,5'), 2, 'metric'],
  [C.METRIC_NOT_ALLOWED, csv('2026-03,company.accounts.actioned,,,5'), 2, 'metric'],
  [C.NOT_AN_INTEGER, csv('2026-03,hotline.reports.csam,,,1', received('"1,000"')), 3, 'value'],
  [C.NOT_AN_INTEGER, csv(received('12.5')), 2, 'value'],
  [C.NOT_AN_INTEGER, csv(received('1e3')), 2, 'value'],
  [C.NOT_AN_INTEGER, csv(received('1 000')), 2, 'value'],
  [C.NEGATIVE_VALUE, csv(received('-3')), 2, 'value'],
  [C.VALUE_TOO_LARGE, csv(received('12345678901234567890')), 2, 'value'],
  [C.VALUE_TOO_LARGE, csv(received('9007199254740992')), 2, 'value'],
  [C.DIMENSION_NOT_ALLOWED, csv(received(5, 'NL')), 2, 'hosting_country'],
  [C.DIMENSION_REQUIRED, csv('2026-03,hotline.takedown,,,5'), 2, 'takedown_hours'],
  [C.UNKNOWN_DIMENSION_VALUE, csv('2026-03,hotline.urls.csam,XX,,5'), 2, 'hosting_country'],
  [C.DUPLICATE_FIGURE, csv(received(5), received(5)), 3, 'metric'],
  [
    C.BREAKDOWN_MISMATCH,
    csv('2026-03,hotline.urls.csam,,,10', '2026-03,hotline.urls.csam,NL,,4'),
    2,
    'value',
  ],
  [
    C.INCONSISTENT_FIGURES,
    csv(received(1), '2026-03,hotline.reports.assessed,,,2', '2026-03,hotline.reports.csam,,,0'),
    3,
    'value',
  ],
  [C.HISTOGRAM_INCOMPLETE, csv('2026-03,hotline.takedown,,"[0,1)",5'), 2, 'takedown_hours'],
  [C.INVALID_PERIOD, csv('March 2026,hotline.reports.received,,,5'), 2, 'period'],
  [C.PERIOD_NOT_ALLOWED, csv('2026-Q3,hotline.reports.received,,,5'), 2, 'period'],
  [C.EMPTY_SUBMISSION, HEADER, undefined, undefined],
  [C.EMPTY_SUBMISSION, csvTemplate('hotline', '2026-03'), undefined, undefined],
  [C.FILE_TOO_LARGE, 'x'.repeat(DEFAULT_MAX_UPLOAD_BYTES + 1), undefined, undefined],
  [C.MALFORMED_CSV, csv(received('1,000')), 2, undefined],
  [C.MALFORMED_CSV, csv('2026-03,"hotline.reports.received,,,5'), 2, undefined],
  [C.MALFORMED_JSON, '{"period": "2026-03",\n "figures": [],\n}', 3, undefined],
  [C.MALFORMED_JSON, '{"period": "2026-03", "figures": [{"metric": 5}]}', 1, 'figures[0].metric'],
  [C.UNKNOWN_COLUMN, 'period,metric,colour,value\r\n2026-03,m,red,1', 1, 'colour'],
  [C.DUPLICATE_COLUMN, 'period,metric,value,value\r\n2026-03,m,1,1', 1, 'value'],
  [C.MISSING_COLUMN, 'period,metric\r\n2026-03,m', 1, 'value'],
  [C.FORMULA_INJECTION, csv(`2026-03,"=HYPERLINK(""http://x"",""y"")",,,5`), 2, 'metric'],
  [C.NOT_TEXT, PNG, undefined, undefined],
  [C.NOT_TEXT, 'period,metric,value\r\n2026-03,m,\u00001', 2, undefined],
  [W.VALUE_OMITTED, csv(received(5), '2026-03,hotline.reports.assessed,,,'), 3, 'value'],
  [W.SUDDEN_CHANGE, csv(received(1000)), 2, 'value'],
];

describe('issue codes of an upload', () => {
  it.each(CASES)('%s', (code, file, row, column) => {
    const previous: Figure[] = [{ metric: 'hotline.reports.received', dimensions: {}, value: 10 }];
    const { errors, warnings } = report(file, 'hotline', code === W.SUDDEN_CHANGE ? previous : []);
    const issues = Object.values<string>(W).includes(code) ? warnings : errors;
    if (issues === warnings) expect(errors).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues[0]?.row).toBe(row);
    expect(issues[0]?.column).toBe(column);
    expect(issues[0]?.message).toMatch(/^\S.*\.$/s);
  });

  it('covers every code of the catalogue', () => {
    const covered = new Set(CASES.map(([code]) => code));
    expect([...Object.values(C), ...Object.values(W)].filter((c) => !covered.has(c))).toEqual([]);
  });

  it('reads the example file of metrics.md as valid', () => {
    const file = [
      'period,metric,hosting_country,content_type,victim_age,value',
      '2026-03,hotline.reports.received,,,,1840',
      '2026-03,hotline.urls.csam,,,,912',
      '2026-03,hotline.urls.csam,NL,,,401',
      '2026-03,hotline.urls.csam,US,,,322',
      '2026-03,hotline.urls.csam,unknown,,,189',
    ].join('\n');
    expect(report(file)).toEqual({ errors: [], warnings: [] });
  });
});
