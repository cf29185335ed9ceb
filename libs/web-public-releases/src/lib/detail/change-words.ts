import type { Words } from '../i18n';
import type { PublicFormat } from '../shared/format';
import { interpolate } from '../shared/interpolate';
import type { CellNames } from '../shared/names';
import { parseScope, toChangeReason, toSuppressionReason } from '../shared/vocabulary';
import type { ChangeRow, ShownValue } from './changes';

/** A scope in words: network, all hotlines, all companies, or an organization's own figures. */
export function scopeWords(code: string, words: Words): string {
  const scope = parseScope(code);
  if (scope.kind === 'organization') return interpolate(words.scope.organization, scope);
  if (scope.kind === 'other') return scope.code;
  return words.scope[scope.kind];
}

/** A reason for a change in words; a code the app does not know is shown as it is. */
export function changeReasonWords(code: string, words: Words): string {
  const known = toChangeReason(code);
  return known ? words.reasons[known] : code;
}

/** A published value, or how a withheld one is shown ("fewer than 10", never the value). */
export function shownValueWords(value: ShownValue, words: Words, format: PublicFormat): string {
  if (value.kind === 'value') return format.number(value.value);
  if (value.kind === 'withheld') {
    const reason = toSuppressionReason(value.reason);
    return reason ? words.withheld[reason] : words.withheld.other;
  }
  return '';
}

/** Which cell changed: metric, scope, breakdown (if any) and period. */
export function cellWords(
  row: Pick<ChangeRow, 'metric' | 'scope' | 'period' | 'dimension' | 'dimensionValue'>,
  words: Words,
  format: PublicFormat,
  names: CellNames,
): string {
  const common = {
    metric: names.metric(row.metric),
    scope: scopeWords(row.scope, words),
    period: format.period(row.period),
  };
  if (row.dimension === null) return interpolate(words.change.cell, common);
  return interpolate(words.change.cellBreakdown, {
    ...common,
    dimension: names.dimension(row.dimension),
    value: row.dimensionValue ? names.dimensionValue(row.dimension, row.dimensionValue) : '',
  });
}

/**
 * One changed cell as a sentence, e.g. "Reports received, network, March 2026: 4,200 → 4,700
 * (+500) — corrected submissions".
 */
export function describeChange(
  row: ChangeRow,
  words: Words,
  format: PublicFormat,
  names: CellNames,
): string {
  const cell = cellWords(row, words, format, names);
  const before = shownValueWords(row.before, words, format);
  const after = shownValueWords(row.after, words, format);
  const change =
    row.before.kind === 'absent'
      ? interpolate(words.change.added, { cell, after })
      : row.after.kind === 'absent'
        ? interpolate(words.change.removed, { cell, before })
        : row.delta !== null
          ? interpolate(words.change.changed, {
              cell,
              before,
              after,
              delta: format.signed(row.delta),
            })
          : interpolate(words.change.changedNoDelta, { cell, before, after });
  if (row.reasons.length === 0) return change;
  const reasons = format.list(row.reasons.map((code) => changeReasonWords(code, words)));
  return interpolate(words.change.because, { change, reasons });
}
