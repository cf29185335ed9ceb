import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface RevokeDialogProps {
  name: string;
  prefix: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation before a key is revoked; Escape or Cancel keeps the key. */
export function RevokeDialog({ name, prefix, busy, onConfirm, onCancel }: RevokeDialogProps) {
  const { t } = useTranslation('submissions');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{t('keys.revoke.title', { name })}</h2>
      <p id={`${id}-body`}>{t('keys.revoke.body', { prefix })}</p>
      <div className="action-bar">
        <button type="button" className="button button--secondary" onClick={onCancel} autoFocus>
          {t('keys.revoke.cancel')}
        </button>
        <button type="button" className="button button--danger" disabled={busy} onClick={onConfirm}>
          {t('keys.revoke.confirm')}
        </button>
      </div>
    </dialog>
  );
}
