export * from './lib/types';
export * from './lib/dimensions';
export * from './lib/metrics';
export * from './lib/periods';
export * from './lib/countries';
export * from './lib/validation/error-codes';
export type {
  OrganizationKind,
  RawDocument,
  RawFigure,
  ValidationContext,
  ValidationIssue,
  ValidationResult,
} from './lib/validation/types';
export { figureKey, describeFigure, setDimensions } from './lib/validation/figure-key';
export type { DimensionInput } from './lib/validation/figure-key';
export { parseCount } from './lib/validation/value';
export type { CountResult } from './lib/validation/value';
export { SUDDEN_CHANGE_FACTOR } from './lib/validation/sudden-change';
export { validateDocument } from './lib/validation/validate-document';
