import { submissionChecksum } from './submission-checksum';

const a = { metric: 'hotline.reports.received', dimensions: {}, value: 10 };
const b = { metric: 'hotline.urls.csam', dimensions: { hosting_country: 'NL' }, value: 4 };

describe('submissionChecksum', () => {
  it('ignores the order of figures', () => {
    expect(submissionChecksum('2026-01', false, [a, b])).toBe(
      submissionChecksum('2026-01', false, [b, a]),
    );
  });

  it('changes with a value, the period or attribution', () => {
    const base = submissionChecksum('2026-01', false, [a, b]);
    expect(submissionChecksum('2026-01', false, [a, { ...b, value: 5 }])).not.toBe(base);
    expect(submissionChecksum('2026-02', false, [a, b])).not.toBe(base);
    expect(submissionChecksum('2026-01', true, [a, b])).not.toBe(base);
  });
});
