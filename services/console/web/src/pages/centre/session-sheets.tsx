import { api } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { SheetUpload, sheetBody } from '../../ui/sheet-upload.tsx';
import { ruleNames, sheetMessages } from './sheet-messages.ts';
import { SheetReceipt, type SheetReceiptBody } from './sheet-receipt.tsx';
import { enrolmentTemplate, type Part, scoreTemplate } from './sheet-templates.ts';

interface SessionSheetsProps {
  readonly sessionId: string;
  readonly candidateIds: readonly string[];
  readonly parts: readonly Part[];
  readonly onApplied: () => void;
}

const receipt = (body: unknown) => <SheetReceipt receipt={body as SheetReceiptBody} />;

/** An open session's two sheets: the enrolment sheet and the score sheet. */
export function SessionSheets({ sessionId, candidateIds, parts, onApplied }: SessionSheetsProps) {
  const t = useMessages(sheetMessages);
  const rules = useMessages(ruleNames);
  const path = { params: { path: { sessionId } } };
  return (
    <>
      <SheetUpload
        title={t.enrolmentTitle}
        lead={t.enrolmentLead}
        send={(file) => api.assessment.POST('/v1/sessions/{sessionId}/candidates.csv', { ...path, ...sheetBody(file) })}
        template={() => ({ name: `报名表-${sessionId}.csv`, text: enrolmentTemplate() })}
        receipt={receipt}
        rules={rules}
        onApplied={onApplied}
      />
      <SheetUpload
        title={t.scoresTitle}
        lead={t.scoresLead}
        send={(file) => api.assessment.POST('/v1/sessions/{sessionId}/scores.csv', { ...path, ...sheetBody(file) })}
        template={() => ({ name: `成绩表-${sessionId}.csv`, text: scoreTemplate(candidateIds, parts) })}
        receipt={receipt}
        rules={rules}
        onApplied={onApplied}
      />
    </>
  );
}
