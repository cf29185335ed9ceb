import { wordsFor } from '../i18n';
import { disclosureRules, smallCountUnits, type DisclosureOptions } from './disclosure-rules';
import { createFormat } from './format';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const rules = (language: 'en' | 'fr' | 'de' | 'es', options: DisclosureOptions | null) => {
  const words = wordsFor(language);
  const names: Record<string, string> = { 'hotline.reports.received': 'Reports received' };
  return Object.fromEntries(
    disclosureRules(
      options,
      ['reports', 'notices', 'accounts', 'appeals'],
      words,
      createFormat(language, words),
      (code) => names[code] ?? code,
    ).map((rule) => [rule.id, plain(rule.text)]),
  );
};

const exact: DisclosureOptions = { minContributors: 3, roundingBase: null, noise: null };

describe('smallCountUnits', () => {
  it('keeps the catalogue units that count people or reports, in order, once each', () => {
    expect(
      smallCountUnits([
        { unit: 'urls' },
        { unit: 'reports' },
        { unit: 'appeals' },
        { unit: 'reports' },
        { unit: 'files' },
        { unit: 'notices' },
      ]),
    ).toEqual(['reports', 'appeals', 'notices']);
    expect(smallCountUnits([])).toEqual([]);
  });
});

describe('disclosureRules', () => {
  it('states the parameters of a release with exact counts', () => {
    const text = rules('en', exact);
    expect(Object.keys(text)).toEqual([
      'contributors',
      'dominance',
      'smallCount',
      'secondary',
      'rounding',
      'noise',
      'zero',
    ]);
    expect(text['contributors']).toMatch(
      /^Every published figure combines the figures of at least 3 organizations\./,
    );
    expect(text['smallCount']).toBe(
      'Counts of reports, notices, accounts, and appeals from 1 to 9 are never shown: they appear as “fewer than 10”. Zero is shown as 0.',
    );
    expect(text['rounding']).toBe('Figures are not rounded.');
    expect(text['noise']).toBe(
      'No random noise is added: apart from withheld figures, the counts are exact.',
    );
  });

  it('never states the p of the p% rule', () => {
    const text = Object.values(rules('en', exact)).join(' ');
    expect(text).not.toMatch(/\bp ?=|15 ?%|\b15\b/);
    expect(text).toContain('The exact threshold is not published');
  });

  it('states the minimum contributors and the rounding base a release gives', () => {
    const text = rules('en', { minContributors: 5, roundingBase: 10, noise: null });
    expect(text['contributors']).toContain('at least 5 organizations');
    expect(text['rounding']).toMatch(/^Each figure is rounded at random to a multiple of 10,/);
  });

  it('states the noise, its budget and the series budget', () => {
    const text = rules('en', {
      minContributors: 3,
      roundingBase: null,
      noise: {
        rho: 0.5,
        epsilon: 3.2567,
        delta: 1e-9,
        seriesSpentRho: 1.5,
        seriesLimitRho: 2,
        metrics: [{ metric: 'hotline.reports.received' }, { metric: 'company.new' }],
      },
    });
    expect(text['noise']).toBe(
      'Counts of Reports received and company.new carry random noise (differential privacy, discrete Gaussian mechanism). This release spends a privacy budget of ρ = 0.5 (ε = 3.26 at δ = 10⁻⁹). The series has spent ρ = 1.5 of its limit of 2 across its releases.',
    );
    expect(text['noiseSums']).toMatch(/^Quarterly and yearly figures are sums of the noisy months/);
  });

  it('states the rules in the reader’s language, numbers included', () => {
    const text = rules('de', {
      minContributors: 3,
      roundingBase: 5,
      noise: {
        rho: 0.25,
        epsilon: 2.5,
        delta: 1e-9,
        seriesSpentRho: 0.75,
        seriesLimitRho: 2,
        metrics: [],
      },
    });
    expect(text['contributors']).toContain('mindestens 3 Organisationen');
    expect(text['smallCount']).toBe(
      'Anzahlen von Meldungen, Hinweisen, Konten und Beschwerden zwischen 1 und 9 werden nie gezeigt: Sie erscheinen als „weniger als 10“. Null wird als 0 gezeigt.',
    );
    expect(text['rounding']).toContain('Vielfaches von 5');
    expect(text['noise']).toContain('ρ = 0,25 (ε = 2,5 bei δ = 10⁻⁹)');
    expect(text['noise']).toContain('ρ = 0,75 von ihrer Grenze von 2');
  });

  it('without a release, states the catalogue rules only', () => {
    const text = rules('fr', null);
    expect(Object.keys(text)).toEqual([
      'contributors',
      'dominance',
      'smallCount',
      'secondary',
      'zero',
    ]);
    expect(text['contributors']).toContain('au moins 3 organisations');
  });
});
