import { csvText } from '../../ui/csv-file.ts';
import type { VerdictRow } from './batch-verdicts.ts';
import { verdictMessages } from './employer-batch-messages.ts';

const HEADERS = ['行号', '证书编号', '姓名（脱敏）', '核验结果', '问题', '职业', '等级', '发证日期'];

/** The table as a CSV Excel opens with its Chinese intact (csv-file.ts: BOM, CRLF, quoted, no formulas). */
export const verdictsCsv = (rows: readonly VerdictRow[]): string =>
  csvText(
    HEADERS,
    rows.map((row) => [
      row.line,
      row.certificateNo,
      row.maskedName,
      verdictMessages.zh[row.verdict],
      row.problem?.message ?? '',
      row.occupation,
      row.level,
      row.issuedOn,
    ]),
  );
