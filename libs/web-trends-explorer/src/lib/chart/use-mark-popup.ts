import { useCallback, useEffect, useRef, useState } from 'react';
import type { MarkAnchor } from './mark-layer';

/** Time to move the pointer from a mark onto its popup before the popup closes. */
const HIDE_DELAY_MS = 150;

export interface MarkPopup {
  active: MarkAnchor | null;
  show: (anchor: MarkAnchor, pinned: boolean) => void;
  /** Hides the mark's popup, after a moment unless `now` (Escape, or a pinned toggle). */
  hide: (id: string, now?: boolean) => void;
  /** While the pointer is on the popup it stays (WCAG 1.4.13: hoverable). */
  hold: () => void;
  release: () => void;
}

/**
 * Which mark's explanation is open. Focus and hover open it; blur, leaving the mark (unless onto
 * the popup) and Escape close it; Enter on a mark pins it open until Enter or Escape again.
 */
export function useMarkPopup(): MarkPopup {
  const [active, setActive] = useState<MarkAnchor | null>(null);
  const pinned = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancel = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => cancel, []);

  const show = useCallback((anchor: MarkAnchor, pin: boolean) => {
    cancel();
    if (pin) pinned.current = anchor.id;
    else if (pinned.current !== anchor.id) pinned.current = null;
    setActive(anchor);
  }, []);

  const hide = useCallback((id: string, now = false) => {
    cancel();
    const close = () => {
      pinned.current = null;
      setActive((current) => (current?.id === id ? null : current));
    };
    if (now) close();
    else if (pinned.current !== id) timer.current = setTimeout(close, HIDE_DELAY_MS);
  }, []);

  // Escape closes an open explanation wherever focus is (WCAG 1.4.13: dismissible).
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide(active.id, true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, hide]);

  const hold = useCallback(() => cancel(), []);
  const release = useCallback(() => {
    cancel();
    if (active && pinned.current !== active.id) {
      const id = active.id;
      timer.current = setTimeout(
        () => setActive((current) => (current?.id === id ? null : current)),
        HIDE_DELAY_MS,
      );
    }
  }, [active]);

  return { active, show, hide, hold, release };
}
