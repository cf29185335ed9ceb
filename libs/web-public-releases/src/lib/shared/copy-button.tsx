import { useState } from 'react';
import { usePublicText } from './use-public-text';

/**
 * Copies a text to the clipboard and says so in a polite live region; when the browser refuses,
 * it says how to copy by hand (the text is always visible next to the button).
 */
export function CopyButton({
  text,
  label,
  accessibleLabel,
}: {
  text: string;
  label: string;
  accessibleLabel?: string;
}) {
  const { t } = usePublicText();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  };
  return (
    <span className="copy">
      <button
        type="button"
        className="button button--secondary button--small copy__button"
        aria-label={accessibleLabel}
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span className="copy__status" role="status">
        {outcome === 'copied' ? t('copy.copied') : outcome === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}
