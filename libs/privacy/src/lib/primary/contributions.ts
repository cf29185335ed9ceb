import type { Contribution } from '../types';

/** One organization's figures in a cell, split into what it made public and what it did not. */
export interface ContributorFigures {
  readonly contributorId: string;
  /** Sum of its contributions marked for attributed publication (public knowledge). */
  readonly attributed: number;
  /** Sum of its other contributions (confidential). */
  readonly confidential: number;
}

function checkValue(contribution: Contribution): void {
  const { value, contributorId } = contribution;
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`contribution of ${contributorId} must be a non-negative number`);
  }
}

/** Adds up the contributions of each organization (a margin's contributions are its parts'). */
export function combineContributions(contributions: readonly Contribution[]): ContributorFigures[] {
  const byContributor = new Map<string, { attributed: number; confidential: number }>();
  for (const contribution of contributions) {
    checkValue(contribution);
    const figures = byContributor.get(contribution.contributorId) ?? {
      attributed: 0,
      confidential: 0,
    };
    if (contribution.attributed) figures.attributed += contribution.value;
    else figures.confidential += contribution.value;
    byContributor.set(contribution.contributorId, figures);
  }
  return [...byContributor].map(([contributorId, figures]) => ({ contributorId, ...figures }));
}

/** The contributions of a total: all contributions of its parts. */
export function unionContributions(parts: readonly (readonly Contribution[])[]): Contribution[] {
  return parts.flat();
}

/** Sum of all contribution values. */
export function totalOf(contributions: readonly Contribution[]): number {
  return contributions.reduce((total, { value }) => total + value, 0);
}
