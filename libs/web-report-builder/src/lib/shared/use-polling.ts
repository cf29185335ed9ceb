import { useEffect } from 'react';

/** Polls a query every `intervalMs` while `active`; stops when it turns false or on unmount. */
export function usePolling(
  active: boolean,
  query: { startPolling: (ms: number) => void; stopPolling: () => void },
  intervalMs: number,
): void {
  const { startPolling, stopPolling } = query;
  useEffect(() => {
    if (!active) return undefined;
    startPolling(intervalMs);
    return () => stopPolling();
  }, [active, intervalMs, startPolling, stopPolling]);
}
