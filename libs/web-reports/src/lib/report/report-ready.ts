import { useEffect, type RefObject } from 'react';

/** How long to wait for the charts before saying the page is ready anyway. */
const CHART_TIMEOUT_MS = 10_000;

/** Whether every chart of the report has drawn its axes (recharts lays them out after mount). */
export function chartsDrawn(root: ParentNode): boolean {
  return [...root.querySelectorAll('[data-report-chart]')].every(
    (chart) => chart.querySelector('svg .recharts-cartesian-axis-tick') !== null,
  );
}

/** Sets `<html data-report-ready>` (print-page contract); removed when the page goes. */
export function setReportReady(state: 'true' | 'error' | null): void {
  const root = document.documentElement;
  if (state === null) delete root.dataset['reportReady'];
  else root.dataset['reportReady'] = state;
}

/**
 * Tells the PDF renderer the report is rendered: once the charts under `ref` are drawn and the
 * fonts are loaded, then two more frames for layout, `data-report-ready="true"`.
 */
export function useReportReady(ref: RefObject<HTMLElement | null>, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let frame = 0;
    const started = performance.now();
    const afterFrames = (count: number, done: () => void) => {
      frame = requestAnimationFrame(() => (count <= 1 ? done() : afterFrames(count - 1, done)));
    };
    const check = () => {
      if (cancelled) return;
      const root = ref.current;
      if (root && (chartsDrawn(root) || performance.now() - started > CHART_TIMEOUT_MS)) {
        void document.fonts.ready.then(() =>
          afterFrames(2, () => {
            if (!cancelled) setReportReady('true');
          }),
        );
      } else {
        frame = requestAnimationFrame(check);
      }
    };
    frame = requestAnimationFrame(check);
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      setReportReady(null);
    };
  }, [ref, active]);
}
