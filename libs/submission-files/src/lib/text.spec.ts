import { VALIDATION_CODES as C } from '@candor/catalogue';
import { checkSize, readText } from './text';
import { DEFAULT_MAX_UPLOAD_BYTES } from './types';

const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readText', () => {
  it('defaults to a 10 MB limit', () => {
    expect(DEFAULT_MAX_UPLOAD_BYTES).toBe(10 * 1024 * 1024);
  });

  it('rejects a 50 MB file quickly with FILE_TOO_LARGE, naming the size and the limit, before decoding it', () => {
    // NUL bytes would be NOT_TEXT if the content were read at all.
    const started = Date.now();
    const result = readText(new Uint8Array(50 * 1024 * 1024));
    expect(Date.now() - started).toBeLessThan(200);
    expect(result).toEqual({
      ok: false,
      issue: expect.objectContaining({ code: C.FILE_TOO_LARGE }),
    });
    if (!result.ok)
      expect(result.issue.message).toContain('is 50 MB, more than the limit of 10 MB');
  });

  it('applies a configured limit, counting UTF-8 bytes of a string', () => {
    expect(checkSize('abcd', 4)).toBeUndefined();
    expect(checkSize('abcde', 4)?.code).toBe(C.FILE_TOO_LARGE);
    expect(checkSize('ab€', 4)?.code).toBe(C.FILE_TOO_LARGE); // 5 bytes
    expect(checkSize('a😀', 5)).toBeUndefined(); // 5 bytes
    expect(checkSize('a😀', 4)?.code).toBe(C.FILE_TOO_LARGE);
    expect(checkSize(bytes(1, 2, 3), 2)?.message).toContain(
      'is 3 bytes, more than the limit of 2 bytes',
    );
    expect(readText('x'.repeat(1025), { maxBytes: 1024 })).toMatchObject({
      ok: false,
      issue: { code: C.FILE_TOO_LARGE },
    });
    expect(readText('x'.repeat(1024), { maxBytes: 1024 })).toMatchObject({ ok: true });
  });

  it.each([
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'a PNG image'],
    ['an xlsx (ZIP) header', bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), 'Excel workbook'],
    ['a PDF header', encode('%PDF-1.7\n'), 'a PDF document'],
    ['UTF-16 text', bytes(0xff, 0xfe, 0x70, 0x00), 'UTF-16'],
    ['invalid UTF-8', bytes(0x70, 0x65, 0xe9, 0x72, 0x69, 0x6f, 0x64), 'not UTF-8 text'],
    ['a NUL byte', encode('period,metric\u0000,value'), 'control character 0x00'],
    ['another control character', encode('period\n\u001b[31m'), 'control character 0x1B'],
  ])('rejects %s as NOT_TEXT', (_, input, words) => {
    const result = readText(input);
    expect(result).toMatchObject({ ok: false, issue: { code: C.NOT_TEXT } });
    if (!result.ok) expect(result.issue.message).toContain(words);
  });

  it('names the line of a control character', () => {
    expect(readText('a\r\nb\rc\nd\u0000')).toMatchObject({ ok: false, issue: { row: 4 } });
    expect(readText(encode('ok\n\u0007'))).toMatchObject({ ok: false, issue: { row: 2 } });
  });

  it('accepts UTF-8 text with tabs and line breaks, and strips a BOM', () => {
    expect(readText(encode('\uFEFFa\tb\r\nc∞'))).toEqual({ ok: true, text: 'a\tb\r\nc∞' });
    expect(readText('\uFEFFa')).toEqual({ ok: true, text: 'a' });
  });
});
