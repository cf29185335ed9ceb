import { useEffect, useId, useRef, type ReactNode } from 'react';

export interface ConfirmDialogProps {
  title: string;
  body: ReactNode;
  confirm: string;
  cancel: string;
  /** `danger` for what cannot be undone by the person (publishing, deleting). */
  tone?: 'primary' | 'danger';
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal confirmation; focus starts on Cancel, and Escape cancels. */
export function ConfirmDialog({
  title,
  body,
  confirm,
  cancel,
  tone = 'primary',
  busy,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
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
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-body`}>{body}</p>
      <div className="action-bar">
        <button type="button" className="button button--secondary" onClick={onCancel} autoFocus>
          {cancel}
        </button>
        <button
          type="button"
          className={`button button--${tone}`}
          disabled={busy}
          onClick={onConfirm}
        >
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
