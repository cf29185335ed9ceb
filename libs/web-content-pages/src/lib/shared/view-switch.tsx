import { useId } from 'react';
import { Link, useLocation } from 'react-router';
import { changeView, toSearch, type ViewKey } from '@candor/web-public-kit';

export interface SwitchOption {
  value: string;
  label: string;
}

/**
 * A choice of one view parameter (granularity, metric) as links that rewrite it in the URL, so
 * every choice has its own address, works without script and is reached with the keyboard.
 * The current choice is marked with `aria-current`, and drawn filled, bold and underlined.
 */
export function ViewSwitch({
  label,
  param,
  options,
  current,
}: {
  label: string;
  param: ViewKey;
  options: readonly SwitchOption[];
  current: string;
}) {
  const location = useLocation();
  const labelId = useId();
  return (
    <div className="grain-switch" data-param={param}>
      <span id={labelId} className="grain-switch__label">
        {label}
      </span>
      <ul aria-labelledby={labelId}>
        {options.map((option) => (
          <li key={option.value}>
            <Link
              to={{
                pathname: location.pathname,
                search: toSearch(changeView(location.search, { [param]: option.value })),
              }}
              aria-current={option.value === current ? 'true' : undefined}
              replace
              preventScrollReset
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
