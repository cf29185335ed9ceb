// Disclosure control of one table of a release: primary rules, secondary suppression with the LP
// audit, then optional rounding of what is published.
import { assessCell, type PrimaryRuleOptions } from './primary/assess-cell';
import { totalOf, unionContributions } from './primary/contributions';
import {
  primaryProtection,
  type ProtectionOptions,
  secondaryProtection,
} from './primary/protection';
import { SMALL_COUNT_THRESHOLD, smallCountRuleApplies } from './primary/small-counts';
import { roundTable, type RoundingOptions } from './rounding';
import { chooseSecondarySuppression, type SensitiveCell } from './secondary/choose';
import { satisfiesProtection } from './secondary/protection-check';
import { type Equation, indexTable } from './secondary/table';
import type {
  Contribution,
  Interval,
  PrimaryReason,
  ProtectionRequirement,
  SuppressionReason,
} from './types';

export interface ProtectTableCell {
  readonly id: string;
  /**
   * The organizations' figures in this cell. Omitted for a total: it then has the contributions
   * of its parts (the first equation with this cell as total).
   */
  readonly contributions?: readonly Contribution[];
  /**
   * A cell this table does not publish, present for the equations that tie it to the table
   * (time margins: a quarter another release published, or hid, over these months):
   * - `published`: known to everyone, so never suppressed here;
   * - `hidden`: withheld elsewhere, so it must stay protected (its primary requirement, else
   *   the secondary one);
   * - `unpublished`: a sum nobody publishes, which needs no protection of its own.
   * External cells are left out of `cells` in the result; hidden ones are audited.
   */
  readonly external?: 'published' | 'hidden' | 'unpublished';
}

export interface ProtectTableOptions {
  /** p of the p% rule (default 15). */
  readonly p?: number;
  /** Minimum number of confidential contributors (default 3). */
  readonly minContributors?: number;
  /** Units that get the small-count rule (default DEFAULT_SMALL_COUNT_UNITS). */
  readonly smallCountUnits?: readonly string[];
  /** Values 1 … threshold − 1 are small counts (default 10). */
  readonly smallCountThreshold?: number;
  /** Protection levels (minimum interval width, small-count width). */
  readonly protection?: ProtectionOptions;
  /** Random rounding of published values; off when absent. */
  readonly rounding?: RoundingOptions;
}

export interface ProtectTableInput {
  /** The catalogue unit of the metric (`reports`, `urls` …): decides the small-count rule. */
  readonly unit: string;
  readonly cells: readonly ProtectTableCell[];
  readonly equations: readonly Equation[];
  readonly options?: ProtectTableOptions;
}

/** What is published for a cell: a value or a reason, never both, never the hidden value. */
export interface PublishedCell {
  readonly id: string;
  readonly value: number | null;
  readonly suppression: SuppressionReason | null;
}

/** The audit of one suppressed cell. Internal to the release build: never published. */
export interface AuditEntry {
  readonly id: string;
  readonly reason: SuppressionReason;
  /** What an attacker can derive from the published table (LP feasibility interval). */
  readonly interval: Interval;
  readonly requirement: ProtectionRequirement;
  readonly protected: boolean;
}

export interface ProtectedTable {
  readonly cells: readonly PublishedCell[];
  readonly audit: readonly AuditEntry[];
}

/**
 * Applies disclosure control to one table (privacy.md):
 * 1. each cell's contributions (totals: the union of their parts') go through the primary rules;
 * 2. secondary suppression is chosen and audited by LP over every equation (margins and time),
 *    a small count counting as known to lie in 1 … 9 (it is shown as "fewer than 10"), a
 *    secondary cell in a small-count table as known not to;
 * 3. with `rounding`, published values are randomly rounded (roundTable): unbiased and stable,
 *    a published part never above its published total, but a rounded total is in general not
 *    the sum of its rounded parts. The audit is made on the unrounded values, i.e. against an
 *    attacker who knows the published cells exactly, which rounding can only make harder.
 * Throws ProtectionError when some cell cannot be protected, TableError when cells don't add up.
 */
export function protectTable(input: ProtectTableInput): ProtectedTable {
  const options = input.options ?? {};
  const threshold = options.smallCountThreshold ?? SMALL_COUNT_THRESHOLD;
  const rules: PrimaryRuleOptions = {
    p: options.p,
    minContributors: options.minContributors,
    smallCountRule: smallCountRuleApplies(input.unit, options.smallCountUnits),
    smallCountThreshold: threshold,
  };
  const contributions = resolveContributions(input.cells, input.equations);
  const table = indexTable({
    cells: input.cells.map(({ id }) => ({ id, value: totalOf(contributions.get(id) ?? []) })),
    equations: input.equations,
  });

  const secondary = secondaryProtection({ ...options.protection, ...rules });
  const externalOf = new Map(input.cells.map((cell) => [cell.id, cell.external]));
  const reasons = new Map<string, SuppressionReason>();
  const primary = new Map<string, SensitiveCell>();
  for (const { id, external } of input.cells) {
    if (external === 'published' || external === 'unpublished') continue;
    const assessment = assessCell(contributions.get(id) ?? [], rules);
    if (!assessment.reason) {
      // Hidden by another release for reasons of its own table: keep it as safe as it was.
      if (external === 'hidden') {
        reasons.set(id, 'secondary');
        primary.set(id, { protection: secondary });
      }
      continue;
    }
    reasons.set(id, assessment.reason);
    primary.set(
      id,
      sensitiveCell(
        assessment.reason,
        primaryProtection(assessment, {
          p: options.p,
          ...options.protection,
        }),
        threshold,
      ),
    );
  }
  const idsWhere = (role: ProtectTableCell['external']) =>
    new Set(input.cells.filter((c) => c.external === role).map((c) => c.id));
  const plan = chooseSecondarySuppression(table, primary, {
    secondary,
    locked: idsWhere('published'),
    free: idsWhere('unpublished'),
  });
  for (const id of plan.secondary) reasons.set(id, 'secondary');

  const own = table.ids.filter((id) => !externalOf.get(id));
  const published = new Map(
    own.filter((id) => !reasons.has(id)).map((id) => [id, table.values.get(id) ?? 0]),
  );
  const values = options.rounding
    ? roundTable(published, input.equations, options.rounding)
    : published;

  const audit: AuditEntry[] = [];
  for (const [id, reason] of reasons) {
    const interval = plan.intervals.get(id) ?? { lower: 0, upper: Infinity };
    const requirement = primary.get(id)?.protection ?? secondary;
    const floor = primary.get(id)?.bounds?.lower ?? 0;
    const value = table.values.get(id) ?? 0;
    audit.push({
      id,
      reason,
      interval,
      requirement,
      protected: satisfiesProtection(interval, value, requirement, floor),
    });
  }
  return {
    cells: own.map((id) => ({
      id,
      value: values.get(id) ?? null,
      suppression: reasons.get(id) ?? null,
    })),
    audit,
  };
}

function sensitiveCell(
  reason: PrimaryReason,
  protection: ProtectionRequirement,
  threshold: number,
): SensitiveCell {
  return reason === 'small_count'
    ? { protection, bounds: { lower: 1, upper: threshold - 1 } }
    : { protection };
}

/** Contributions of every cell; a cell without them takes its parts' (recursively). */
export function resolveContributions(
  cells: readonly ProtectTableCell[],
  equations: readonly Equation[],
): Map<string, readonly Contribution[]> {
  const given = new Map(cells.map((cell) => [cell.id, cell.contributions]));
  const partsOf = new Map<string, readonly string[]>();
  for (const { total, parts } of equations) if (!partsOf.has(total)) partsOf.set(total, parts);
  const resolved = new Map<string, readonly Contribution[]>();
  const visiting = new Set<string>();
  const resolve = (id: string): readonly Contribution[] => {
    const known = resolved.get(id) ?? given.get(id);
    if (known) return known;
    const parts = partsOf.get(id);
    if (!parts) throw new RangeError(`cell ${id} has no contributions and is no total`);
    if (visiting.has(id)) throw new RangeError(`cell ${id} is its own part`);
    visiting.add(id);
    const union = unionContributions(parts.map(resolve));
    visiting.delete(id);
    resolved.set(id, union);
    return union;
  };
  return new Map(cells.map(({ id }) => [id, resolve(id)]));
}
