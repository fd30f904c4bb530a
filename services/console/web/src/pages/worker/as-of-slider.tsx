import { useId } from 'preact/hooks';
import { useMessages } from '../../i18n/messages.ts';
import { workerMessages } from './worker-messages.ts';

const DAY = 86_400_000;
const dayOf = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
const dateOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/**
 * The ladder's date: a slider over the worker's whole record (a day per arrow key, a tenth of it
 * per PageUp/PageDown), announced as a date, with a date field beside it for an exact day.
 */
export function AsOfSlider({
  span,
  value,
  onValue,
}: {
  span: { from: string; to: string };
  value: string;
  onValue: (date: string) => void;
}) {
  const t = useMessages(workerMessages);
  const id = useId();
  const [min, max] = [dayOf(span.from), dayOf(span.to)];
  return (
    <div class="as-of">
      <label for={`${id}-range`}>{t.asOf}</label>
      <p class="field-hint" id={`${id}-hint`}>
        {t.asOfHint}
      </p>
      <div class="as-of-row">
        <input
          id={`${id}-range`}
          type="range"
          min={min}
          max={max}
          step={1}
          value={dayOf(value)}
          aria-valuetext={value}
          aria-describedby={`${id}-hint`}
          onInput={(event) => onValue(dateOf(Number(event.currentTarget.value)))}
        />
        <input
          type="date"
          aria-label={t.asOf}
          min={span.from}
          max={span.to}
          value={value}
          onChange={(event) => {
            const date = event.currentTarget.value;
            if (date >= span.from && date <= span.to) onValue(date);
          }}
        />
      </div>
    </div>
  );
}
