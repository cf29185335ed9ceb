/** Words of the catalogue's vocabulary that several features show. */
export const en = {
  unit: {
    reports: 'Reports',
    urls: 'URLs',
    notices: 'Notices',
    items: 'Items',
    files: 'Files',
    accounts: 'Accounts',
    appeals: 'Appeals',
  },
  submittedBy: {
    hotline: 'Hotlines',
    company: 'Companies',
    both: 'Hotlines and companies',
  },
  dimensionKind: {
    enumeration: 'Fixed list',
    country: 'Country code',
    histogram: 'Histogram',
  },
};

export type DomainMessages = typeof en;
