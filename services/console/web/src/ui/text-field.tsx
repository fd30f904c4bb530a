import { Field } from './field.tsx';

/** The input's own attributes a form sets; the rest the field manages. */
interface InputAttributes {
  readonly type?: 'text' | 'search' | 'date' | 'number' | 'email' | 'tel' | 'url';
  readonly name?: string;
  readonly autoComplete?: string;
  readonly inputMode?: 'text' | 'numeric' | 'decimal' | 'search';
  readonly placeholder?: string;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly min?: string;
  readonly max?: string;
  readonly disabled?: boolean;
  readonly spellcheck?: boolean;
}

export interface TextFieldProps extends InputAttributes {
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  /** The rule the value breaks, shown under the field and announced with it. */
  readonly error?: string | undefined;
  readonly hint?: string;
}

/** A labelled input whose error is tied to it (aria-invalid, aria-describedby). */
export function TextField({ label, value, onValue, error, hint, type = 'text', ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...input}
          {...control}
          // preact's input types are a union by `type`; every type this field takes shares these attributes.
          type={type as 'text'}
          value={value}
          onInput={(event) => onValue(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}
