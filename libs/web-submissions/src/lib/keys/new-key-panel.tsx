import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../shared/icon';

/** The whole key, shown once after it was created, with a copy button and a warning. */
export function NewKeyPanel({
  name,
  secret,
  onDone,
}: {
  name: string;
  secret: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('submissions');
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied('no');
    }
  };

  return (
    <section className="card new-key" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        <Icon name="key" />
        {t('keys.created.title', { name })}
      </h2>
      <p className="warning-text">
        <Icon name="alert" />
        {t('keys.created.warning')}
      </p>
      <div className="field field--block">
        <label htmlFor={`${id}-key`}>{t('keys.created.label')}</label>
        <div className="copy-row">
          <input
            id={`${id}-key`}
            ref={input}
            className="code-input"
            readOnly
            value={secret}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            <Icon name="copy" />
            {t('keys.created.copy')}
          </button>
        </div>
        <p className="hint" aria-live="polite">
          {copied === 'yes'
            ? t('keys.created.copied')
            : copied === 'no'
              ? t('keys.created.copyFailed')
              : ''}
        </p>
      </div>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t('keys.created.done')}
      </button>
    </section>
  );
}
