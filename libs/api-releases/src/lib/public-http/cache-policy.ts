import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * How long a public answer may be reused:
 * - `immutable`: it reads only named releases, whose cells and statistics never change;
 * - `latest`: it reads the latest release or the list of releases (changed by publishing or
 *   withdrawing), a release's status (changed by withdrawing) or the annotation log.
 */
export type CachePolicy = 'immutable' | 'latest';

export const CACHE_CONTROL: Record<CachePolicy, string> = {
  immutable: 'public, max-age=31536000, immutable',
  latest: 'public, max-age=60',
};
/** Seconds an answer of the `latest` kind may live, here and in any HTTP cache. */
export const LATEST_MAX_AGE_SECONDS = 60;

/** Query fields that read one release: `releaseId` names it, or they read the latest. */
const RELEASE_SCOPED = new Set([
  'series',
  'breakdown',
  'takedownTimes',
  'redistribution',
  'spikes',
]);
/** Public query fields whose answer changes when a release is published or withdrawn. */
const CHANGES_WITH_PUBLICATION = new Set([
  'releases',
  'release',
  'latestRelease',
  'annotations',
  'transparencyReports',
  'transparencyReport',
]);

/**
 * The policy of a successful operation, or null when it must not be cached: anything but a query,
 * or a query that selects any field outside the public release fields above (a new field is
 * uncached until someone decides what its answer depends on).
 */
export function cachePolicyOf(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): CachePolicy | null {
  if (operation.operation !== 'query') return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  let policy: CachePolicy = 'immutable';
  for (const field of rootFields(operation.selectionSet, fragments, new Set())) {
    const name = field.name.value;
    if (name === '__typename') continue;
    if (RELEASE_SCOPED.has(name)) {
      if (!argumentIsSet(field, 'releaseId', operation, variables)) policy = 'latest';
    } else if (CHANGES_WITH_PUBLICATION.has(name)) {
      policy = 'latest';
    } else {
      return null;
    }
  }
  return policy;
}

function* rootFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: Set<string>,
): Generator<FieldNode> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT)
      yield* rootFields(selection.selectionSet, fragments, seen);
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) yield* rootFields(fragment.selectionSet, fragments, seen);
    }
  }
}

/** Whether the argument has a non-null value: a literal, a variable, or a variable's default. */
function argumentIsSet(
  field: FieldNode,
  name: string,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): boolean {
  const value = field.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return false;
  if (value.kind !== Kind.VARIABLE) return value.kind !== Kind.NULL;
  const given = variables[value.name.value];
  if (given !== undefined) return given !== null;
  const fallback = operation.variableDefinitions?.find(
    (d) => d.variable.name.value === value.name.value,
  )?.defaultValue;
  return fallback !== undefined && fallback.kind !== Kind.NULL;
}
