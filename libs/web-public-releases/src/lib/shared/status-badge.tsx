import { toPublicStatus } from './vocabulary';
import { usePublicText } from './use-public-text';

/** Published or withdrawn, in words (the colour only repeats them). */
export function StatusBadge({ status }: { status: string }) {
  const { t } = usePublicText();
  const known = toPublicStatus(status);
  return (
    <span
      className={`badge badge--${known === 'published' ? 'accepted' : 'superseded'}`}
      data-status={status}
    >
      {known ? t(`status.${known}`) : status}
    </span>
  );
}
