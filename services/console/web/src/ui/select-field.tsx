import type { Choice } from './choices.ts';
import { Field } from './field.tsx';

export interface SelectFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly options: readonly Choice[];
  /** The label of a first choice, '', that leaves the value unset; none when a choice is required. */
  readonly anyLabel?: string | undefined;
  readonly disabled?: boolean;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
}

/** A labelled select of the given choices, its hint and error tied to it. */
export function SelectField({ label, value, onValue, options, anyLabel, disabled, hint, error }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <select {...control} value={value} disabled={disabled} onChange={(event) => onValue(event.currentTarget.value)}>
          {anyLabel === undefined ? null : <option value="">{anyLabel}</option>}
          {options.map(([choice, text]) => (
            <option key={choice} value={choice}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
