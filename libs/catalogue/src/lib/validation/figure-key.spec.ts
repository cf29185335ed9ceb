import { describeFigure, figureKey } from './figure-key';

describe('figureKey', () => {
  it('does not depend on the order of the dimensions', () => {
    expect(figureKey('hotline.urls.csam', { hosting_country: 'NL', content_type: 'image' })).toBe(
      figureKey('hotline.urls.csam', { content_type: 'image', hosting_country: 'NL' }),
    );
  });

  it('sorts dimension codes', () => {
    expect(figureKey('m', { z: '1', a: '2' })).toBe('m{a=2;z=1}');
  });

  it('leaves out unset dimensions (empty, null, undefined)', () => {
    const total = figureKey('hotline.urls.csam', {});
    expect(figureKey('hotline.urls.csam', { hosting_country: '', content_type: null })).toBe(total);
    expect(figureKey('hotline.urls.csam', { victim_age: undefined })).toBe(total);
    expect(figureKey('hotline.urls.csam', undefined)).toBe(total);
  });

  it('tells different series apart', () => {
    const keys = [
      figureKey('hotline.urls.csam', {}),
      figureKey('hotline.urls.csam', { hosting_country: 'NL' }),
      figureKey('hotline.urls.csam', { hosting_country: 'US' }),
      figureKey('hotline.urls.csam', { content_type: 'NL' }),
      figureKey('hotline.urls.new_content', {}),
      figureKey('m', { a: 'x;b=y' }),
      figureKey('m', { a: 'x', b: 'y' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('describeFigure', () => {
  it('gives the bare metric for a total', () => {
    expect(describeFigure('hotline.urls.csam', { content_type: '' })).toBe('hotline.urls.csam');
  });

  it('lists dimensions in catalogue order', () => {
    expect(
      describeFigure('hotline.urls.csam', { content_type: 'image', hosting_country: 'NL' }),
    ).toBe('hotline.urls.csam (hosting_country=NL, content_type=image)');
  });
});
