import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element when it appears, e.g. the message that replaces the button just
 * pressed (the button is gone, so focus would otherwise fall back to the page).
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
