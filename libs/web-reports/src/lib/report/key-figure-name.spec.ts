import { wordsFor } from '../i18n';
import { keyFigureName } from './key-figure-name';

const none = () => null;

describe('keyFigureName', () => {
  it('names a key figure in the report language', () => {
    expect(
      keyFigureName({ id: 'csam', metric: 'hotline.reports.csam' }, wordsFor('en'), none),
    ).toEqual({
      name: 'Reports confirmed as child sexual abuse material',
      quoted: false,
    });
    expect(
      keyFigureName({ id: 'accounts', metric: 'company.accounts.actioned' }, wordsFor('de'), none)
        .name,
    ).toBe('Konten, gegen die Unternehmen vorgegangen sind');
  });

  it('says whose notices a takedown figure measures', () => {
    const en = wordsFor('en');
    expect(keyFigureName({ id: 'medianTakedown', metric: 'hotline.takedown' }, en, none).name).toBe(
      'Median time from notice to takedown (Hotlines)',
    );
    expect(
      keyFigureName({ id: 'removedWithin3Days', metric: 'company.takedown' }, wordsFor('fr'), none)
        .name,
    ).toBe('Part retirée dans les 3 jours suivant la notification (Entreprises)');
  });

  it('falls back to the catalogue label (quoted, in English), then to the id', () => {
    const label = (metric: string) => (metric === 'company.appeals.received' ? 'Appeals' : null);
    expect(
      keyFigureName({ id: 'appeals', metric: 'company.appeals.received' }, wordsFor('es'), label),
    ).toEqual({
      name: 'Appeals',
      quoted: true,
    });
    expect(keyFigureName({ id: 'other', metric: 'x.y' }, wordsFor('es'), label).name).toBe('other');
  });
});
