import { api } from '../../api/clients.ts';
import { useMessages } from '../../i18n/messages.ts';
import { SheetUpload, sheetBody } from '../../ui/sheet-upload.tsx';
import { rosterMessages } from './roster-messages.ts';
import { RosterReceipt, type RosterReceiptBody } from './roster-receipt.tsx';
import { trainingRuleNames } from './sheet-rules.ts';
import { enrolmentTemplate, signInTemplate } from './sheet-templates.ts';
import { type ClassRecord, classPath } from './training-api.ts';

const receipt = (body: unknown) => <RosterReceipt receipt={body as RosterReceiptBody} />;

/** A class's two sheets (docs/domain.md §7.2, §7.4): enrolments and sign-ins, each all or nothing. */
export function ClassSheets({ record, onApplied }: { record: ClassRecord; onApplied: () => void }) {
  const t = useMessages(rosterMessages);
  const rules = useMessages(trainingRuleNames);
  const path = classPath(record.classId);
  return (
    <>
      <SheetUpload
        title={t.enrolmentTitle}
        lead={t.enrolmentLead}
        send={(file) => api.training.POST('/v1/classes/{classId}/enrolments.csv', { ...path, ...sheetBody(file) })}
        template={() => ({ name: `报名表-${record.classId}.csv`, text: enrolmentTemplate() })}
        receipt={receipt}
        rules={rules}
        onApplied={onApplied}
      />
      <SheetUpload
        title={t.signInTitle}
        lead={t.signInLead}
        send={(file) => api.training.POST('/v1/classes/{classId}/sign-ins.csv', { ...path, ...sheetBody(file) })}
        template={() => ({ name: `签到表-${record.classId}.csv`, text: signInTemplate(record.sittings) })}
        receipt={receipt}
        rules={rules}
        onApplied={onApplied}
      />
    </>
  );
}
