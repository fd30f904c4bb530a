/** The keys of a form's values that hold text, as a field edits it. */
export type TextKey<Values> = { [K in keyof Values]-?: Values[K] extends string ? K : never }[keyof Values] & string;

/** What a TextField or SelectField takes for one value of a form: the value, its setter, its error. */
export interface FieldBinding {
  readonly value: string;
  readonly onValue: (value: string) => void;
  readonly error: string | undefined;
}

/**
 * Binds a form's fields to its values and errors, so a field is `{...field('name')}`. A select's
 * value is one of its options, so the text it gives is taken as the key's own type.
 */
export const bindFields =
  <Values extends object>(
    values: Values,
    onValues: (values: Values) => void,
    errors: Readonly<Record<string, string>>,
  ) =>
  (key: TextKey<Values>): FieldBinding => ({
    value: values[key] as string,
    onValue: (value) => onValues({ ...values, [key]: value }),
    error: errors[key],
  });
