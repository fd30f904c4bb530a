import './confirm-dialog.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';

export interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
  /** What the step will do, said once more before it is done. */
  readonly children: ComponentChildren;
}

/** A modal dialog asking once more before a step that cannot be undone; Escape cancels it. */
export function ConfirmDialog({ open, title, confirm, cancel, onConfirm, onCancel, children }: ConfirmDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-labelledby={`${id}-confirm`} onClose={onCancel}>
      <h2 id={`${id}-confirm`}>{title}</h2>
      {children}
      <div class="dialog-actions">
        <button type="button" class="secondary" onClick={onCancel}>
          {cancel}
        </button>
        <button type="button" class="danger" onClick={onConfirm}>
          {confirm}
        </button>
      </div>
    </dialog>
  );
}
