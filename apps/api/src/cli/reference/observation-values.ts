import type { Figure } from '@candor/catalogue';
import { toObservationRow } from '@candor/api-submissions';
import type { CopyValue } from './copy-rows';

/** The observation table's columns a COPY writes (the id and nothing else is left to defaults). */
export const OBSERVATION_COLUMNS = [
  'submission_id',
  'metric',
  'dimension_key',
  'hosting_country',
  'user_country',
  'content_type',
  'detection',
  'victim_age',
  'victim_sex',
  'site_type',
  'origin',
  'match',
  'takedown_hours',
  'repeat',
  'value',
] as const;

/** A figure as the values of OBSERVATION_COLUMNS, stored exactly as the submission path stores it. */
export function observationValues(submissionId: string, figure: Figure): CopyValue[] {
  const row = toObservationRow(submissionId, figure);
  return [
    row.submissionId,
    row.metric,
    row.dimensionKey,
    row.hostingCountry,
    row.userCountry,
    row.contentType,
    row.detection,
    row.victimAge,
    row.victimSex,
    row.siteType,
    row.origin,
    row.match,
    row.takedownHours,
    row.repeat,
    row.value,
  ];
}
