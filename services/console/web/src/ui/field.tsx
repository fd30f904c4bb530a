import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** What ties a control to its field: the label's target, and the hint and error it is described by. */
export interface ControlAttributes {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

export interface FieldProps {
  readonly label: string;
  readonly hint?: string | undefined;
  /** The rule the value breaks, shown under the control and announced with it. */
  readonly error?: string | undefined;
  /** A fixed id for the control (its hint and error: `<id>-hint`, `<id>-error`); unique by default. */
  readonly id?: string;
  /** The control (an input, a select, a textarea), given the attributes that tie it to the field. */
  readonly children: (control: ControlAttributes) => ComponentChildren;
}

/** A labelled control with its hint above and its error below, both tied to it for screen readers. */
export function Field({ label, hint, error, children, ...fixed }: FieldProps) {
  const generated = useId();
  const id = fixed.id ?? generated;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>{label}</label>
      {hint ? (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described || undefined })}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
