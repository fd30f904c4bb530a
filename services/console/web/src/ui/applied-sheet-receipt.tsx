import { useMessages } from '../i18n/messages.ts';
import { sheetUploadMessages } from './sheet-messages.ts';

/** What a service answers to an applied sheet: whether it applied, and the events it appended by type. */
export interface AppliedSheetBody {
  readonly applied: boolean;
  readonly events: Readonly<Record<string, number>>;
}

/** An event type counted in the receipt, with the text that says how many. */
export type CountedEvent = readonly [type: string, say: (n: number) => string];

/** The counts of an applied sheet, or that this very file had been applied before. */
export function AppliedSheetReceipt({
  receipt,
  accepted,
  counted,
}: {
  receipt: AppliedSheetBody;
  accepted: string;
  counted: readonly CountedEvent[];
}) {
  const upload = useMessages(sheetUploadMessages);
  if (!receipt.applied) {
    return (
      <p class="notice" role="status">
        {upload.repeated}
      </p>
    );
  }
  return (
    <div class="success" role="status">
      <p>{accepted}</p>
      <ul>
        {counted.flatMap(([type, say]) => {
          const n = receipt.events[type] ?? 0;
          return n > 0 ? [<li key={type}>{say(n)}</li>] : [];
        })}
      </ul>
    </div>
  );
}
