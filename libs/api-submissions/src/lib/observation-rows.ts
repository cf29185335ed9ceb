import { setDimensions, type Figure } from '@candor/catalogue';
import type { ObservationEntity } from '@candor/db';

type ObservationRow = Omit<ObservationEntity, 'id' | 'submission'>;

/** A validated figure as an observation row: one column per dimension, null = total over it. */
export function toObservationRow(submissionId: string, figure: Figure): ObservationRow {
  const d = figure.dimensions;
  return {
    submissionId,
    metric: figure.metric,
    dimensionKey: setDimensions(d)
      .map(([code, value]) => `${code}=${value}`)
      .join(';'),
    hostingCountry: d.hosting_country ?? null,
    userCountry: d.user_country ?? null,
    contentType: d.content_type ?? null,
    detection: d.detection ?? null,
    victimAge: d.victim_age ?? null,
    victimSex: d.victim_sex ?? null,
    siteType: d.site_type ?? null,
    origin: d.origin ?? null,
    match: d.match ?? null,
    takedownHours: d.takedown_hours ?? null,
    repeat: d.repeat ?? null,
    value: figure.value,
  };
}

const DIMENSION_COLUMNS = [
  ['hosting_country', 'hostingCountry'],
  ['user_country', 'userCountry'],
  ['content_type', 'contentType'],
  ['detection', 'detection'],
  ['victim_age', 'victimAge'],
  ['victim_sex', 'victimSex'],
  ['site_type', 'siteType'],
  ['origin', 'origin'],
  ['match', 'match'],
  ['takedown_hours', 'takedownHours'],
  ['repeat', 'repeat'],
] as const;

/** The inverse: an observation back to a figure (for soft rules and version comparison). */
export function toFigure(
  row: Pick<ObservationEntity, 'metric' | 'value' | (typeof DIMENSION_COLUMNS)[number][1]>,
): Figure {
  const dimensions: Record<string, string> = {};
  for (const [code, property] of DIMENSION_COLUMNS) {
    const value = row[property];
    if (value !== null) dimensions[code] = value;
  }
  return { metric: row.metric, dimensions, value: row.value };
}
