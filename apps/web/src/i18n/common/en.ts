export const en = {
  appName: 'Candor',
  tagline: 'Reporting metrics on child sexual abuse material',
  skipLink: 'Skip to main content',
  nav: {
    label: 'Main',
    overview: 'Overview',
    trends: 'Trends',
    catalogue: 'Catalogue',
    submit: 'Submit',
    review: 'Review',
    releases: 'Release desk',
    publicReleases: 'Data releases',
    reports: 'Reports',
    reportBuilder: 'Report builder',
    methodology: 'Methodology',
    countries: 'Countries',
    takedown: 'Takedown times',
    knownContent: 'Known content',
  },
  language: {
    label: 'Language',
    /** The language's own name, shown in the switch in that language. */
    name: 'English',
  },
  account: {
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as',
  },
  session: {
    checking: 'Checking your session…',
    failed:
      'Your session could not be checked: the server cannot be reached. Reload the page to try again.',
    closedTitle: 'Not open to your account',
    closedStaff: 'These pages are for reviewers of the hotline network.',
    closedMember: 'These pages are for people who send figures for a hotline or a company.',
    closedReporter:
      'This page is for network reviewers and for admins of a hotline or company, who publish transparency reports.',
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
