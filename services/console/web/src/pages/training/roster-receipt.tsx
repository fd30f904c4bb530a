import { useMessages } from '../../i18n/messages.ts';
import { type AppliedSheetBody, AppliedSheetReceipt } from '../../ui/applied-sheet-receipt.tsx';
import { rosterMessages } from './roster-messages.ts';

/** What training answers to an applied sheet: the events it appended, by type. */
export type RosterReceiptBody = AppliedSheetBody;

const counted = [
  ['training.TraineeEnrolled', 'enrolled'],
  ['training.VoucherRedeemed', 'vouchers'],
  ['training.AttendanceSignedIn', 'signedIn'],
] as const;

/** The counts of an applied enrolment or sign-in sheet. */
export function RosterReceipt({ receipt }: { receipt: RosterReceiptBody }) {
  const t = useMessages(rosterMessages);
  return (
    <AppliedSheetReceipt
      receipt={receipt}
      accepted={t.accepted}
      counted={counted.map(([type, key]) => [type, t[key]] as const)}
    />
  );
}
