import type { MouseEvent } from 'react';

/**
 * Moves to an element of the page (a cell of the preview) and focuses it, so keyboard and screen
 * reader users land where the mouse user looks; the address keeps no fragment.
 */
export function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
