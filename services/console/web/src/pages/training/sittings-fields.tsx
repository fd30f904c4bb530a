import { useMessages } from '../../i18n/messages.ts';
import { TextField } from '../../ui/text-field.tsx';
import { classMessages } from './class-messages.ts';
import { emptySitting, type SittingDraft } from './class-request.ts';

interface SittingsFieldsProps {
  readonly sittings: readonly SittingDraft[];
  readonly onSittings: (sittings: readonly SittingDraft[]) => void;
  /** Errors by the request's path: `sittings.0.date`. */
  readonly errors: Readonly<Record<string, string>>;
}

/** A class's dated sittings, one group of fields each, added and removed with buttons. */
export function SittingsFields({ sittings, onSittings, errors }: SittingsFieldsProps) {
  const t = useMessages(classMessages);
  const set = (i: number, key: keyof SittingDraft) => (value: string) =>
    onSittings(sittings.map((s, j) => (j === i ? { ...s, [key]: value } : s)));
  const field = (i: number, key: keyof SittingDraft) => ({
    value: sittings[i]?.[key] ?? '',
    onValue: set(i, key),
    error: errors[`sittings.${i}.${key}`],
  });
  return (
    <fieldset class="sittings">
      <legend>{t.sittings}</legend>
      {errors.sittings ? <p class="field-error">{errors.sittings}</p> : null}
      {sittings.map((_, i) => (
        // Sittings are numbered by their place in the list, which is also their id (s1, s2…).
        <fieldset key={i} class="sitting">
          <legend>{t.sitting(i + 1)}</legend>
          <TextField label={t.date} type="date" {...field(i, 'date')} />
          <TextField label={t.start} placeholder="09:00" maxLength={5} {...field(i, 'start')} />
          <TextField label={t.end} placeholder="17:00" maxLength={5} {...field(i, 'end')} />
          <TextField label={t.theoryHours} inputMode="decimal" {...field(i, 'theoryHours')} />
          <TextField label={t.practicalHours} inputMode="decimal" {...field(i, 'practicalHours')} />
          {sittings.length > 1 ? (
            <button type="button" class="link-button" onClick={() => onSittings(sittings.filter((_s, j) => j !== i))}>
              {t.removeSitting(i + 1)}
            </button>
          ) : null}
        </fieldset>
      ))}
      <button type="button" class="secondary" onClick={() => onSittings([...sittings, emptySitting])}>
        {t.addSitting}
      </button>
    </fieldset>
  );
}
