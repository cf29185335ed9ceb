import type { Random } from './random';
import type { DemoOrganization } from './types';

/** The kind of service a demo company runs; it shapes its content and detection mix. */
export type CompanyService = 'image' | 'social' | 'video' | 'cloud' | 'messaging' | 'forum';

export interface DemoCompany {
  organization: DemoOrganization;
  service: CompanyService;
}

export interface Roster {
  network: DemoOrganization;
  hotlines: DemoOrganization[];
  companies: DemoCompany[];
}

/** Countries that plausibly run a national hotline (ISO alpha-2, English short name). */
export const HOTLINE_COUNTRIES: readonly (readonly [string, string])[] = [
  ['NL', 'Netherlands'],
  ['DE', 'Germany'],
  ['FR', 'France'],
  ['GB', 'United Kingdom'],
  ['IE', 'Ireland'],
  ['BE', 'Belgium'],
  ['ES', 'Spain'],
  ['IT', 'Italy'],
  ['PL', 'Poland'],
  ['SE', 'Sweden'],
  ['FI', 'Finland'],
  ['AT', 'Austria'],
  ['CZ', 'Czechia'],
  ['PT', 'Portugal'],
  ['DK', 'Denmark'],
  ['HU', 'Hungary'],
  ['RO', 'Romania'],
  ['BG', 'Bulgaria'],
  ['GR', 'Greece'],
  ['LT', 'Lithuania'],
  ['LV', 'Latvia'],
  ['EE', 'Estonia'],
  ['SI', 'Slovenia'],
  ['SK', 'Slovakia'],
  ['HR', 'Croatia'],
  ['LU', 'Luxembourg'],
  ['CY', 'Cyprus'],
  ['MT', 'Malta'],
  ['IS', 'Iceland'],
  ['NO', 'Norway'],
  ['CH', 'Switzerland'],
  ['US', 'United States'],
  ['CA', 'Canada'],
  ['AU', 'Australia'],
  ['NZ', 'New Zealand'],
  ['JP', 'Japan'],
  ['KR', 'South Korea'],
  ['TW', 'Taiwan'],
  ['BR', 'Brazil'],
  ['CO', 'Colombia'],
  ['MX', 'Mexico'],
  ['ZA', 'South Africa'],
  ['TR', 'Türkiye'],
  ['RS', 'Serbia'],
  ['BA', 'Bosnia and Herzegovina'],
  ['MK', 'North Macedonia'],
  ['AL', 'Albania'],
  ['UA', 'Ukraine'],
  ['MD', 'Moldova'],
  ['PH', 'Philippines'],
];

/** Fictional platforms (any likeness to a real service is unintended). */
const COMPANIES: readonly (readonly [string, string, CompanyService])[] = [
  ['Pixelshare', 'US', 'image'],
  ['Chirpline', 'US', 'social'],
  ['Loopcast', 'US', 'video'],
  ['Tessera Cloud', 'IE', 'cloud'],
  ['Burrow Chat', 'DE', 'messaging'],
  ['Kitestream', 'NL', 'video'],
  ['Moodboardly', 'SE', 'image'],
  ['Quillpost', 'GB', 'forum'],
  ['Lanternbox', 'FR', 'cloud'],
  ['Orbitly', 'SG', 'social'],
  ['Pebblenet', 'BR', 'social'],
  ['Driftdrop', 'JP', 'cloud'],
  ['Vellum Boards', 'CA', 'forum'],
  ['Hearthside', 'ES', 'messaging'],
  ['Glimmergram', 'KR', 'image'],
  ['Foxtrail Video', 'PL', 'video'],
];

const slugify = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The national hotline of a country: it submits monthly. */
export function hotlineOrganization(code: string, countryName: string): DemoOrganization {
  return {
    slug: `hotline-${code.toLowerCase()}`,
    name: `Hotline ${countryName} (demo)`,
    kind: 'hotline',
    country: code,
    cadence: 'month',
  };
}

/** The largest number of hotlines a demo network can have (one per country). */
export const MAX_HOTLINES = HOTLINE_COUNTRIES.length;

/**
 * The network itself, `hotlines` national hotlines in distinct countries (chosen at random from
 * the list, listed by country name) and `companies` fictional platforms (beyond the named ones,
 * numbered reruns of the names).
 */
export function buildRoster(random: Random, hotlines: number, companies: number): Roster {
  if (hotlines > MAX_HOTLINES) {
    throw new RangeError(`A demo network has at most ${MAX_HOTLINES} hotlines, one per country.`);
  }
  const network: DemoOrganization = {
    slug: 'demo-hotline-network',
    name: 'Hotline Network (demo)',
    kind: 'network',
    country: 'NL',
    cadence: null,
  };
  const countries = random
    .shuffle(HOTLINE_COUNTRIES)
    .slice(0, hotlines)
    .sort((a, b) => a[1].localeCompare(b[1], 'en'));
  const hotlineOrganizations = countries.map(([code, name]) => hotlineOrganization(code, name));
  const order = random.shuffle(COMPANIES.map((_, i) => i));
  const companyEntries = Array.from({ length: companies }, (_, i): DemoCompany => {
    const [base, country, service] = COMPANIES[order[i % order.length] as number] as readonly [
      string,
      string,
      CompanyService,
    ];
    const round = Math.floor(i / order.length);
    const name = round === 0 ? base : `${base} ${round + 1}`;
    return {
      organization: {
        slug: slugify(name),
        name: `${name} (demo)`,
        kind: 'company',
        country,
        cadence: 'quarter',
      },
      service,
    };
  });
  return { network, hotlines: hotlineOrganizations, companies: companyEntries };
}
