// Disclosure control for Candor releases (privacy.md). Pure TypeScript: no framework imports.
export * from './lib/types';

// Primary rules
export { assessCell, DEFAULT_MIN_CONTRIBUTORS, DEFAULT_P } from './lib/primary/assess-cell';
export type { CellAssessment, PrimaryRuleOptions } from './lib/primary/assess-cell';
export { combineContributions, totalOf, unionContributions } from './lib/primary/contributions';
export type { ContributorFigures } from './lib/primary/contributions';
export {
  dominanceKFromP,
  dominanceUnsafe,
  pFromDominanceK,
  pPercentUnsafe,
} from './lib/primary/dominance';
export { dominanceProtection, pPercentProtection } from './lib/primary/protection-levels';
export {
  DEFAULT_MIN_WIDTH,
  DEFAULT_SMALL_COUNT_WIDTH,
  primaryProtection,
  secondaryProtection,
} from './lib/primary/protection';
export type { ProtectionOptions } from './lib/primary/protection';
export {
  DEFAULT_SMALL_COUNT_UNITS,
  isSmallCount,
  SMALL_COUNT_RULE_BY_UNIT,
  SMALL_COUNT_THRESHOLD,
  smallCountRuleApplies,
} from './lib/primary/small-counts';

// Secondary suppression
export { indexTable, TableError } from './lib/secondary/table';
export type { Equation, IndexedTable, Table, TableCell } from './lib/secondary/table';
export {
  crossTable,
  defaultCellId,
  marginEquations,
  timeDimension,
  twoWayTable,
  withTotal,
} from './lib/secondary/equations';
export type { CellIdOf, Dimension, RollUp } from './lib/secondary/equations';
export { auditSuppression } from './lib/secondary/audit';
export type { AuditOptions } from './lib/secondary/audit';
export { chooseSecondarySuppression, ProtectionError } from './lib/secondary/choose';
export type { SecondaryOptions, SensitiveCell, SuppressionPlan } from './lib/secondary/choose';
export { possibleRange, satisfiesProtection } from './lib/secondary/protection-check';

// Rounding
export { randomRound, roundTable, stableDraw, stableRound, stableUniform } from './lib/rounding';
export type { RoundingKey, RoundingOptions } from './lib/rounding';

// Differential privacy
export type { RandomSource } from './lib/dp/random-source';
export { cryptoRandom } from './lib/dp/random-source';
export { isqrt, rational, toNumber } from './lib/dp/rational';
export type { Rational } from './lib/dp/rational';
export { bernoulli, bernoulliExp } from './lib/dp/bernoulli';
export { laplaceScale, sampleDiscreteLaplace } from './lib/dp/discrete-laplace';
export { sampleDiscreteGaussian } from './lib/dp/discrete-gaussian';
export {
  discreteGaussianPmf,
  discreteGaussianVariance,
  discreteLaplacePmf,
  discreteLaplaceVariance,
  laplaceAlpha,
} from './lib/dp/distributions';
export {
  composeZcdp,
  zcdpDelta,
  zcdpOfDiscreteGaussian,
  zcdpOfPureDp,
  zcdpToDp,
  zcdpToDpSimple,
} from './lib/dp/zcdp';
export {
  BudgetExceededError,
  budgetEpsilon,
  createBudget,
  recordSpend,
  remainingRho,
  spentByRelease,
  spentRho,
} from './lib/dp/budget';
export type { BudgetSpend, PrivacyBudget } from './lib/dp/budget';

// A table of a release
export { protectTable, resolveContributions } from './lib/protect-table';
export type {
  AuditEntry,
  ProtectedTable,
  ProtectTableCell,
  ProtectTableInput,
  ProtectTableOptions,
  PublishedCell,
} from './lib/protect-table';
