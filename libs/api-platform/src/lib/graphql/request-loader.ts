import DataLoader from 'dataloader';

const LOADERS = Symbol('candor:loaders');
type WithLoaders = { [LOADERS]?: Map<string, DataLoader<unknown, unknown>> };

/**
 * A DataLoader that lives as long as one request (so batching never leaks data across callers):
 * `@ResolveField`s call this with the request from the GraphQL context.
 */
export function requestLoader<K, V>(
  request: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  const holder = request as WithLoaders;
  const loaders = (holder[LOADERS] ??= new Map());
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch);
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}
