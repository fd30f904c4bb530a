import { type IdDocument, InsurancePeriodRowSchema } from '@tianfu/contracts';
import {
  calendarDate,
  defaultIdType,
  idDocumentCell,
  idTypeCell,
  optional,
  required,
  type SheetResult,
  sheetReader,
  text,
} from '@tianfu/sheets';

/** The registry's sheet: whose insurance, since when and, once it ended, until when. */
export const insuranceColumns = {
  idType: optional(['证件类型', 'idType'], idTypeCell),
  idNumber: required(['公民身份号码', '居民身份证号', '证件号码', 'idNumber'], text),
  insuredSince: required(['参保日期', '失业保险参保日期', 'insuredSince'], calendarDate),
  insuredUntil: optional(['停保日期', '失业保险停保日期', 'insuredUntil'], calendarDate),
};

export interface InsuranceSheetRow {
  readonly row: number;
  readonly document: IdDocument;
  readonly insuredSince: string;
  readonly insuredUntil: string | null;
}

const readInsurance = sheetReader(insuranceColumns);

// Where a field of the JSON row sits in the sheet, and the rule its issue breaks.
const issueColumn = (field: PropertyKey | undefined): [string, string] =>
  field === 'insuredUntil' ? ['insuredUntil', 'date_order'] : ['idNumber', 'value_invalid'];

/** Reads the registry's sheet: each row checked by the JSON route's row schema, every bad row named. */
export function parseInsuranceSheet(file: Buffer): SheetResult<InsuranceSheetRow> {
  return readInsurance(file, (values, row, { report }) => {
    const document = idDocumentCell(values.idType ?? defaultIdType, values.idNumber);
    if (!document.ok) {
      report('idNumber', document.rule, document.message);
      return undefined;
    }
    const { insuredSince, insuredUntil } = values;
    const parsed = InsurancePeriodRowSchema.safeParse({ document: document.value, insuredSince, insuredUntil });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(...issueColumn(issue.path[0]), issue.message);
      return undefined;
    }
    return { row, ...parsed.data, insuredUntil: parsed.data.insuredUntil ?? null };
  });
}
