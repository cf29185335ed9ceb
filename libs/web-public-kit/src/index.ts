// What every public page shares: filters in the URL (shareable, pinned to a release), the
// release a view reads, metric names in four languages, and spikes explained in words.
import { publicTranslations } from './lib/i18n';

export {
  changeView,
  GRANULARITIES,
  pinnedSearch,
  readViewParams,
  SCALES,
  toSearch,
  VIEW_KEYS,
  type Granularity,
  type Scale,
  type ViewChange,
  type ViewKey,
  type ViewParams,
} from './lib/url-state/view-params';
export { useViewParams, type ViewUpdateOptions } from './lib/url-state/use-view-params';
export { languageSearch, releasePath } from './lib/links/public-links';
export { ReleaseSource, type ReleaseSummary } from './lib/release/release-source';
export { usePublicRelease, type PublicReleaseAnswer } from './lib/release/use-public-release';
export { ReleaseStatus, type ReleaseStatusKey } from './lib/release/release-status';
export { isReleaseNotFound } from './lib/release/release-not-found';
export {
  countryNamer,
  NOT_BROKEN_DOWN,
  UNKNOWN_COUNTRY,
  type CountryNameOptions,
} from './lib/labels/country-names';
export { metricKey, usePublicLabels, type PublicLabels } from './lib/labels/use-public-labels';
export {
  toFlagView,
  toFlagViews,
  type FlagRow,
  type FlagView,
  type LevelShiftView,
  type SpikeView,
} from './lib/flags/flag-view';
export { flagSentences, type FlagKey, type FlagWords } from './lib/flags/flag-sentences';
export { useFlagSentences } from './lib/flags/use-flag-sentences';
export { FlagCards } from './lib/flags/flag-cards';
export type { PublicMessages } from './lib/i18n';

/** The `public` namespace, for a page's `translations`. */
export const publicKitTranslations = { public: publicTranslations };
export {
  toChangeRows,
  toShownValue,
  type ChangeRow,
  type ShownValue,
} from './lib/changes/change-rows';
export {
  checkPeriodRange,
  normalizePeriod,
  PERIOD_EXAMPLE,
  type Grain,
  type PeriodProblem,
  type PeriodRangeProblems,
  withoutStaleProblems,
} from './lib/period-range/period-range';
export { PeriodField } from './lib/period-range/period-field';
