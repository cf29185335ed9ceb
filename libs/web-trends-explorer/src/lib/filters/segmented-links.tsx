import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { changeView, toSearch, type ViewChange } from '@candor/web-public-kit';

/**
 * A choice of a few options as links that change the URL (granularity, scale), so every choice
 * has its own address; the current one says so to assistive technology, and is marked by more
 * than color.
 */
export function SegmentedLinks<T extends string>({
  label,
  options,
  current,
  name,
  change,
}: {
  label: string;
  options: readonly T[];
  current: T;
  name: (option: T) => string;
  change: (option: T) => ViewChange;
}) {
  const location = useLocation();
  const labelId = useId();
  return (
    <div className="grain-switch trends-switch">
      <span id={labelId} className="grain-switch__label">
        {label}
      </span>
      <ul aria-labelledby={labelId}>
        {options.map((option) => (
          <li key={option}>
            <Link
              to={{
                pathname: location.pathname,
                search: toSearch(changeView(location.search, change(option))),
              }}
              aria-current={option === current ? 'true' : undefined}
              preventScrollReset
            >
              {name(option)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
