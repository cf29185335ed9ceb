import { copyTextRow } from './copy-rows';

describe('copyTextRow', () => {
  it('writes tab-separated values with \\N for null and escapes what COPY would misread', () => {
    expect(copyTextRow(['a', 1, null, true, undefined, false])).toBe('a\t1\t\\N\tt\t\\N\tf\n');
    expect(copyTextRow(['tab\there', 'line\nbreak', 'back\\slash', 'cr\r'])).toBe(
      'tab\\there\tline\\nbreak\tback\\\\slash\tcr\\r\n',
    );
    expect(copyTextRow([new Date('2026-01-02T03:04:05Z'), '[720,∞)'])).toBe(
      '2026-01-02T03:04:05.000Z\t[720,∞)\n',
    );
  });
});
