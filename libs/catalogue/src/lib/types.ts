/** Who may submit a metric: hotlines, companies, or both kinds of organization. */
export type SubmitterKind = 'hotline' | 'company' | 'both';

/** What a count measures; drives disclosure rules (people and reports get the small-count rule). */
export type CountUnit = 'reports' | 'urls' | 'notices' | 'items' | 'files' | 'accounts' | 'appeals';

export type DimensionCode =
  | 'hosting_country'
  | 'user_country'
  | 'content_type'
  | 'detection'
  | 'victim_age'
  | 'victim_sex'
  | 'site_type'
  | 'origin'
  | 'match'
  | 'takedown_hours'
  | 'repeat';

export interface DimensionValue {
  code: string;
  label: string;
}

export interface DimensionDefinition {
  code: DimensionCode;
  label: string;
  definition: string;
  /** 'country' dimensions accept any ISO 3166-1 alpha-2 code plus `unknown`. */
  kind: 'enumeration' | 'country' | 'histogram';
  /** Fixed values; empty for country dimensions (see `countryCodes`). */
  values: readonly DimensionValue[];
}

export interface MetricDefinition {
  code: string;
  /** Definition version: a change of meaning is a new version (metrics.md). */
  version: number;
  label: string;
  definition: string;
  unit: CountUnit;
  submittedBy: SubmitterKind;
  dimensions: readonly DimensionCode[];
  /** A dimension every figure of this metric must carry (histograms). */
  requiredDimension?: DimensionCode;
}

/** One submitted figure: a metric, the dimension values it refines (empty = total), a count. */
export interface Figure {
  metric: string;
  dimensions: Readonly<Partial<Record<DimensionCode, string>>>;
  value: number;
}

/** A submission document for one period, as JSON / GraphQL input carries it. */
export interface SubmissionDocument {
  period: string;
  figures: readonly Figure[];
}
