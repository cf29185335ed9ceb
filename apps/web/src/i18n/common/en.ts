export const en = {
  appName: 'Candor',
  tagline: 'Reporting metrics on child sexual abuse material',
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main',
    trends: 'Trends',
    catalogue: 'Catalogue',
  },
  language: {
    label: 'Language',
    /** The language's own name, shown in the switch in that language. */
    name: 'English',
  },
  loading: 'Loading…',
  footer: {
    about:
      'Candor publishes anonymized, aggregate figures about the reporting of child sexual abuse material. No figure identifies a person, a report or a single organization.',
    preview: 'Development preview: figures shown here are demo data.',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no page at this address.',
  },
  error: {
    title: 'Something went wrong',
    body: 'This page could not be shown. Reload the page to try again.',
  },
  home: 'Go to the start page',
};

export type CommonMessages = typeof en;
