import { useEffect, useState } from 'preact/hooks';
import { api, ok } from '../api/clients.ts';
import { Field } from './field.tsx';

interface Option {
  readonly code: string;
  readonly name: string;
}

const CODE_PREFIX = /^\d(-\d{0,2}){0,3}$/;

/**
 * The occupation filter: a field whose suggestions come from the catalogue (`/v1/occupations`, by
 * name or code prefix as typed); picking one puts its code in the field.
 */
export function OccupationPicker(props: {
  label: string;
  hint: string;
  value: string;
  onValue: (code: string) => void;
  error?: string | undefined;
}) {
  const [options, setOptions] = useState<readonly Option[]>([]);
  const typed = props.value.trim();
  useEffect(() => {
    if (typed === '') return setOptions([]);
    const query = CODE_PREFIX.test(typed) ? { code: typed, limit: 20 } : { q: typed.slice(0, 50), limit: 20 };
    const timer = setTimeout(() => {
      ok(api.catalogue.GET('/v1/occupations', { params: { query } })).then(
        (answer) => setOptions(answer.items.map(({ code, name }) => ({ code, name }))),
        () => setOptions([]),
      );
    }, 200);
    return () => clearTimeout(timer);
  }, [typed]);
  return (
    <Field label={props.label} hint={props.hint} error={props.error}>
      {(control) => (
        <>
          <input
            {...control}
            type="search"
            list={`${control.id}-list`}
            autoComplete="off"
            value={props.value}
            onInput={(event) => props.onValue(event.currentTarget.value.split(' ')[0] ?? '')}
          />
          <datalist id={`${control.id}-list`}>
            {options.map((o) => (
              <option key={o.code} value={o.code}>
                {`${o.code} ${o.name}`}
              </option>
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
