import { api } from '../../api/clients.ts';
import { defineMessages, useMessages } from '../../i18n/messages.ts';
import { csvText } from '../../ui/csv-file.ts';
import { SheetUpload, sheetBody } from '../../ui/sheet-upload.tsx';
import { claimsOfficeMessages } from './claims-office-messages.ts';

/** The registry's sheet's headers as the subsidy service reads them (the English ids work too). */
export const insuranceHeaders = ['证件类型', '公民身份号码', '参保日期', '停保日期'] as const;

/** What the subsidy service's own sheet rules mean (docs/domain.md §7.9); the shared ones are ui/sheet-messages.ts's. */
const insuranceRuleNames = defineMessages({
  zh: {
    date_in_future: '日期晚于今天',
    date_order: '停保日期早于参保日期',
    period_overlap: '与同一人的另一参保期间重叠',
  },
  en: {
    date_in_future: 'A day after today',
    date_order: 'Insured until before insured since',
    period_overlap: 'Overlaps another period of the same person',
  },
});

interface InsuranceReceipt {
  readonly rows: number;
  readonly workers: number;
  readonly recorded: number;
  readonly unchanged: number;
}

/** 失业保险 periods by sheet (docs/domain.md §7.9): all rows or none, every faulty row beside its line. */
export function InsuranceUpload() {
  const t = useMessages(claimsOfficeMessages);
  const rules = useMessages(insuranceRuleNames);
  const receipt = (body: unknown) => {
    const { rows, workers, recorded, unchanged } = body as InsuranceReceipt;
    return (
      <p class="success" role="status">
        {t.receipt(rows, workers, recorded, unchanged)}
      </p>
    );
  };
  return (
    <SheetUpload
      title={t.insuranceTitle}
      lead={t.insuranceLead}
      send={(file) => api.subsidy.POST('/v1/insurance.csv', sheetBody(file))}
      template={() => ({ name: '失业保险参保信息.csv', text: csvText(insuranceHeaders, []) })}
      receipt={receipt}
      rules={rules}
      onApplied={() => undefined}
    />
  );
}
