import { csvText } from '../../ui/csv-file.ts';

/** The enrolment sheet's headers as assessment reads them (Chinese; English ids work too). */
export const enrolmentHeaders = [
  '证件类型',
  '证件号码',
  '姓名',
  '出生日期',
  '累计年限',
  '学徒期满',
  '学历',
  '职称',
  '职称取得日期',
  '已有等级',
  '已有等级职业编码',
  '等级取得日期',
  '证书编号',
] as const;

/** The score sheet's headers: a candidate by 准考证号 (or 证件号码), one part and its mark per row. */
export const scoreHeaders = ['准考证号', '证件类型', '证件号码', '科目', '成绩'] as const;

const partNames = { theory: '理论知识', practical: '操作技能', review: '综合评审' } as const;
export type Part = keyof typeof partNames;

/** An empty enrolment sheet: a UTF-8 CSV with a byte-order mark, which Excel opens with its Chinese intact. */
export const enrolmentTemplate = (): string => csvText(enrolmentHeaders, []);

/** A score sheet with a row per candidate and part the session assesses, the marks left to fill in. */
export const scoreTemplate = (candidateIds: readonly string[], parts: readonly Part[]): string =>
  csvText(
    scoreHeaders,
    candidateIds.flatMap((candidateId) => parts.map((part) => [candidateId, '', '', partNames[part], ''])),
  );
