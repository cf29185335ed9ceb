const PATHS = {
  check: 'M4 10.5l4 4 8-9',
  cross: 'M5 5l10 10M15 5L5 15',
  clock: 'M10 5v5l3 2M10 2.5a7.5 7.5 0 1 0 0 15 7.5 7.5 0 0 0 0-15z',
  circle: 'M10 3a7 7 0 1 0 0 14 7 7 0 0 0 0-14z',
  alert: 'M10 3l8 14H2L10 3zM10 8v4M10 14.5v.5',
  stack: 'M3 7l7-4 7 4-7 4-7-4zM3 11l7 4 7-4',
  upload: 'M10 13V3M6 7l4-4 4 4M3 13v4h14v-4',
  download: 'M10 3v10M6 9l4 4 4-4M3 13v4h14v-4',
  form: 'M4 3h12v14H4zM7 7h6M7 10h6M7 13h4',
  key: 'M12.5 3a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9zM9 10.5L3 16.5M5 14.5l2 2',
  copy: 'M7 7h10v10H7zM3 13V3h10',
} as const;

export type IconName = keyof typeof PATHS;

/** A small line icon next to text; decorative, so hidden from assistive technology. */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      viewBox="0 0 20 20"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
