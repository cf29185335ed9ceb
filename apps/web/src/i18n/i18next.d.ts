import 'i18next';
import type { ChartsMessages } from '@candor/charts';
import type { CatalogueMessages } from '@candor/web-catalogue';
import type { ContentPagesMessages } from '@candor/web-content-pages';
import type { CountriesMessages } from '@candor/web-countries';
import type { DomainMessages } from '@candor/web-i18n';
import type { OverviewMessages } from '@candor/web-overview';
import type { PublicMessages } from '@candor/web-public-kit';
import type { PublicReleasesMessages } from '@candor/web-public-releases';
import type { ReleasesMessages } from '@candor/web-releases';
import type { ReportsMessages } from '@candor/web-reports';
import type { ReportBuilderMessages } from '@candor/web-report-builder';
import type { SubmissionsMessages } from '@candor/web-submissions';
import type { TrendsMessages } from '@candor/web-trends-explorer';
import type { CommonMessages } from './common/en';

// Typed `t()` keys for every namespace the app loads (checked by `nx run web:typecheck`).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: CommonMessages;
      domain: DomainMessages;
      charts: ChartsMessages;
      overview: OverviewMessages;
      contentPages: ContentPagesMessages;
      trends: TrendsMessages;
      countries: CountriesMessages;
      public: PublicMessages;
      catalogue: CatalogueMessages;
      submissions: SubmissionsMessages;
      releases: ReleasesMessages;
      publicReleases: PublicReleasesMessages;
      reports: ReportsMessages;
      reportBuilder: ReportBuilderMessages;
    };
  }
}
