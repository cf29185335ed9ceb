import i18next from 'i18next';
import { LANGUAGES, type Language } from '@candor/web-i18n';
import { contentPagesTranslations } from '../i18n';
import { bandLabels, horizonLabels, quantileWords, type DurationWords } from './takedown-words';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

function wordsIn(locale: Language): DurationWords {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: locale,
    resources: Object.fromEntries(
      LANGUAGES.map((lng) => [lng, { contentPages: contentPagesTranslations[lng] }]),
    ),
    ns: ['contentPages'],
    defaultNS: 'contentPages',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return { locale, t: (key, values) => plain(i18n.t(`duration.${key}`, values ?? {})) };
}

describe('takedown words', () => {
  it('names the bands and horizons in English', () => {
    const words = wordsIn('en');
    expect(bandLabels(words)).toEqual({
      within_24h: 'Within 24 hours',
      from_24h_to_3d: '24 hours to 3 days',
      from_3d_to_7d: '3–7 days',
      after_7d: 'After more than 7 days',
      not_removed: 'Not removed by the cut-off',
    });
    expect(horizonLabels(words)).toEqual({
      within_24h: 'Within 24 hours',
      within_3d: 'Within 3 days',
      within_7d: 'Within 7 days',
    });
  });

  it('says hours and days in German', () => {
    const words = wordsIn('de');
    expect(plain(bandLabels(words).from_24h_to_3d)).toBe('24 Stunden bis 3 Tage');
    // Nominative wording, so the unit Intl gives ("7 Tage") fits the sentence.
    expect(plain(horizonLabels(words).within_7d)).toBe('Höchstens 7 Tage');
    expect(plain(bandLabels(words).after_7d)).toBe('Länger als 7 Tage');
  });

  it('gives a quantile inside its band as an estimate and the band', () => {
    expect(
      quantileWords({ kind: 'within', from: 12, to: 24, point: 22.1608 }, wordsIn('en')),
    ).toEqual({
      estimate: '22.2 hours',
      band: '12–24 hours',
    });
    expect(
      quantileWords({ kind: 'within', from: 168, to: 336, point: 204.656 }, wordsIn('en')),
    ).toEqual({
      estimate: '8.5 days',
      band: '7–14 days',
    });
    const french = quantileWords({ kind: 'within', from: 48, to: 72, point: 60 }, wordsIn('fr'));
    expect({ estimate: plain(french.estimate), band: plain(french.band) }).toEqual({
      estimate: '60 heures',
      band: '48–72 heures',
    });
  });

  it('never gives a number beyond the cut-off', () => {
    expect(quantileWords({ kind: 'beyond_cutoff', cutoffHours: 720 }, wordsIn('en'))).toEqual({
      estimate: 'More than 30 days',
      band: '30 days or more',
    });
    expect(quantileWords({ kind: 'beyond_cutoff', cutoffHours: null }, wordsIn('es'))).toEqual({
      estimate: 'Más allá de la fecha de corte',
      band: 'No retirado en la fecha de corte',
    });
  });

  it.each(LANGUAGES)('fills every placeholder in %s', (language) => {
    const words = wordsIn(language);
    const texts = [
      ...Object.values(bandLabels(words)),
      ...Object.values(horizonLabels(words)),
      ...Object.values(quantileWords({ kind: 'beyond_cutoff', cutoffHours: 720 }, words)),
    ];
    for (const text of texts) expect(text).not.toMatch(/\{\{|duration\./);
  });
});
