// Numeric helpers
export {
  logGamma,
  logBeta,
  regularizedGammaP,
  regularizedGammaQ,
  regularizedBeta,
} from './lib/math/special';
export {
  poissonCdf,
  poissonUpperTail,
  poissonQuantile,
  negativeBinomialCdf,
  negativeBinomialUpperTail,
  negativeBinomialQuantile,
  studentTCdf,
  studentTQuantile,
} from './lib/math/distributions';
export {
  MAD_SCALE,
  mad,
  mean,
  median,
  sampleSd,
  nearestRank,
  nearestRankQuantile,
  weightedNearestRankQuantile,
} from './lib/math/descriptive';

// Takedown-time distributions
export type {
  TakedownBucketCode,
  TakedownHistogram,
  TakedownHistogramInput,
} from './lib/takedown/histogram';
export {
  TAKEDOWN_CODES,
  histogramFromHours,
  mergeTakedownHistograms,
  takedownBucketOf,
  toTakedownHistogram,
  totalNotified,
} from './lib/takedown/histogram';
export type { Interpolation, TakedownQuantile } from './lib/takedown/quantiles';
export { takedownQuantile } from './lib/takedown/quantiles';
export { TAKEDOWN_HORIZONS, shareRemovedWithin } from './lib/takedown/shares';
export type { DisclosureDecision, TakedownContribution } from './lib/takedown/disclosure';
export { TAKEDOWN_DISCLOSURE, takedownDisclosure } from './lib/takedown/disclosure';
export type { NetworkTakedown, TakedownDescription } from './lib/takedown/describe';
export { describeNetworkTakedown, describeTakedown } from './lib/takedown/describe';
export type { SketchSummary } from './lib/takedown/sketch';
export {
  SKETCH_RELATIVE_ACCURACY,
  addTakedownTime,
  createTakedownSketch,
  mergeTakedownSketches,
  summarizeSketch,
} from './lib/takedown/sketch';

// Spikes and level shifts
export type { SeriesPoint } from './lib/spikes/series';
export type { PredictiveDistribution } from './lib/spikes/prediction';
export {
  predictiveDistribution,
  upperPredictionBound,
  upperTailProbability,
} from './lib/spikes/prediction';
export type { Baseline, BaselineOptions, BaselinePoint } from './lib/spikes/baseline';
export { REWEIGHT_THRESHOLD, fitBaseline } from './lib/spikes/baseline';
export type {
  NotTestedReason,
  SpikeCheck,
  SpikeOptions,
  SpikePoint,
  SpikeReport,
} from './lib/spikes/detect-spikes';
export { SPIKE_DEFAULTS, detectSpikes, isSpike } from './lib/spikes/detect-spikes';
export type { CusumOptions, CusumResult, CusumSignal } from './lib/spikes/cusum';
export { CUSUM_DEFAULTS, tabularCusum } from './lib/spikes/cusum';
export type { EwmaOptions, EwmaResult } from './lib/spikes/ewma';
export { EWMA_DEFAULTS, ewmaChart } from './lib/spikes/ewma';
export type { PeltOptions, PeltResult, PeltSegment } from './lib/spikes/pelt';
export { differenceSigma, pelt } from './lib/spikes/pelt';
export type { EsdResult, EsdStep } from './lib/spikes/esd';
export { generalizedEsd } from './lib/spikes/esd';
export type { LevelShift, LevelShiftOptions, LevelShiftReport } from './lib/spikes/level-shift';
export { LEVEL_SHIFT_DEFAULTS, detectLevelShifts } from './lib/spikes/level-shift';

// Explanations
export type {
  Annotation,
  Explanation,
  LevelShiftExplanation,
  SpikeExplanation,
} from './lib/explain/types';
export type { Measure } from './lib/explain/format';
export { formatApprox, formatCount, formatPercent, periodLabel } from './lib/explain/format';
export type { ObservedExpected, SpikeExplanationInput } from './lib/explain/explain-spike';
export { explainSpike, knownShareOfIncrease } from './lib/explain/explain-spike';
export type { LevelShiftExplanationInput } from './lib/explain/explain-level-shift';
export { explainLevelShift } from './lib/explain/explain-level-shift';
export type { ExplanationContext } from './lib/explain/explain-report';
export { explainFlags } from './lib/explain/explain-report';

// Redistribution of known content
export { gini } from './lib/redistribution/gini';
export type { GiniBounds, RepeatHistogramInput } from './lib/redistribution/gini-bounds';
export { giniBounds } from './lib/redistribution/gini-bounds';
export type { ContentFigures, ContentIndicators } from './lib/redistribution/content';
export { contentIndicators } from './lib/redistribution/content';
