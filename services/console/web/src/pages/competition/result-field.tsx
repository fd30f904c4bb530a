import { useId } from 'preact/hooks';
import { useLang } from '../../i18n/lang.tsx';
import { useMessages } from '../../i18n/messages.ts';
import type { ResultDraft } from './competition-drafts.ts';
import { competitionLabels, medalKeys } from './competition-labels.ts';
import { contestEventMessages } from './contest-event-messages.ts';

interface Props {
  readonly field: 'rank' | 'score' | 'medal' | 'prize';
  /** Whose result: with the field's name, what a screen reader reads for the input. */
  readonly who: string;
  readonly draft: ResultDraft;
  readonly onDraft: (draft: ResultDraft) => void;
  readonly error: string | undefined;
}

/** One part of an entrant's result, as a table cell holds it: named for a screen reader, its error under it. */
export function ResultField({ field, who, draft, onDraft, error }: Props) {
  const t = useMessages(contestEventMessages);
  const labels = competitionLabels(useLang().lang);
  const errorId = useId();
  const attributes = {
    'aria-label': `${t[field]} ${who}`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    value: draft[field],
  };
  const set = (value: string) => onDraft({ ...draft, [field]: value });
  return (
    <div class={error ? 'field-invalid' : undefined}>
      {field === 'medal' ? (
        <select {...attributes} onChange={(e) => set(e.currentTarget.value)}>
          <option value="">{t.noMedal}</option>
          {medalKeys.map((medal) => (
            <option key={medal} value={medal}>
              {labels.medal(medal)}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...attributes}
          class="result-input"
          inputMode={field === 'prize' ? 'text' : 'decimal'}
          onInput={(e) => set(e.currentTarget.value)}
        />
      )}
      {error ? (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
