import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { changeView, readViewParams, type ViewChange, type ViewParams } from './view-params';

export interface ViewUpdateOptions {
  /** Push a history entry (the back button returns to the previous filters); default: replace. */
  push?: boolean;
}

/**
 * The page's filters from the URL, and a function to change them. Every change rewrites the
 * query string (keeping `lang`), so the address bar always holds a link to the current view.
 */
export function useViewParams(): [
  ViewParams,
  (change: ViewChange, options?: ViewUpdateOptions) => void,
] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readViewParams(search), [search]);
  const update = useCallback(
    (change: ViewChange, options: ViewUpdateOptions = {}) =>
      setSearch((current) => changeView(current, change), {
        replace: !options.push,
        preventScrollReset: true,
      }),
    [setSearch],
  );
  return [params, update];
}
