import { CopyButton } from './copy-button';
import { usePublicText } from './use-public-text';

/** A release checksum in full, in monospace, with a copy button. */
export function Checksum({
  value,
  copyLabel,
}: {
  value: string | null;
  /** Accessible name of the copy button when several checksums share a page. */
  copyLabel?: string;
}) {
  const { t, words } = usePublicText();
  if (!value) return <span className="muted">{words.citation.noChecksum}</span>;
  return (
    <span className="checksum-row">
      <code className="checksum" data-checksum={value} translate="no">
        {value}
      </code>
      <CopyButton text={value} label={t('release.copyChecksum')} accessibleLabel={copyLabel} />
    </span>
  );
}
