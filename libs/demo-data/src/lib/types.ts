import type { SubmissionDocument } from '@candor/catalogue';

export interface DemoOrganization {
  slug: string;
  name: string;
  kind: 'hotline' | 'company' | 'network';
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Expected cadence: monthly for hotlines, quarterly for companies, none for the network. */
  cadence: 'month' | 'quarter' | null;
}

export interface DemoSubmission {
  organizationSlug: string;
  /** True when the organization publishes these figures under its own name. */
  attributed: boolean;
  document: SubmissionDocument;
}

export interface DemoNetwork {
  seed: number;
  organizations: DemoOrganization[];
  submissions: DemoSubmission[];
}

export interface DemoOptions {
  /** Seed of the pseudo-random generator; default 20261. */
  seed?: number;
  /** Last month of the span, `YYYY-MM`; default `2026-09`. */
  lastMonth?: string;
  /** Length of the span in years; default 3. */
  years?: number;
  /** Number of national hotlines; default 12. */
  hotlines?: number;
  /** Number of companies; default 8. */
  companies?: number;
}
