import { useMessages } from '../../i18n/messages.ts';
import { type AppliedSheetBody, AppliedSheetReceipt } from '../../ui/applied-sheet-receipt.tsx';
import { sheetMessages } from './sheet-messages.ts';

/** What assessment answers to an applied sheet. */
export interface SheetReceiptBody extends AppliedSheetBody {
  readonly rows: number;
}

const counted = [
  ['assessment.CandidateEnrolled', 'enrolled'],
  ['assessment.PartScoreRecorded', 'recorded'],
  ['assessment.PartScoreCorrected', 'corrected'],
  ['assessment.CandidatePassed', 'passed'],
  ['assessment.CandidateFailed', 'failed'],
] as const;

/** The counts of an applied enrolment or score sheet. */
export function SheetReceipt({ receipt }: { receipt: SheetReceiptBody }) {
  const t = useMessages(sheetMessages);
  return (
    <AppliedSheetReceipt
      receipt={receipt}
      accepted={t.accepted(receipt.rows)}
      counted={counted.map(([type, key]) => [type, t[key]] as const)}
    />
  );
}
