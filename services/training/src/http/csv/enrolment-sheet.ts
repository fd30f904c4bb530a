import { EnrolTraineeSchema, type IdDocument, type TrainingTargetGroup } from '@tianfu/contracts';
import {
  defaultIdType,
  documentKey,
  idTypeCell,
  listOf,
  optional,
  required,
  type SheetResult,
  sheetReader,
  text,
} from '@tianfu/sheets';
import { type IssueColumns, reportIssues } from './schema-issues.ts';

// The groups of docs/domain.md §7.2 as people write them, beside the English ids.
const groupNames: readonly [string, TrainingTargetGroup][] = [
  ['企业在岗职工', 'employee'],
  ['劳务派遣人员', 'dispatched-or-platform'],
  ['平台网约劳动者', 'dispatched-or-platform'],
  ['防止返贫监测对象', 'relapse-monitored'],
  ['脱贫劳动者', 'out-of-poverty'],
  ['脱贫劳动力', 'out-of-poverty'],
  ['就业困难人员', 'employment-difficulty'],
  ['两后生', 'two-after'],
  ['农村转移就业劳动者', 'rural-migrant'],
  ['农民工', 'rural-migrant'],
  ['农业实用人才', 'agricultural-talent'],
  ['城镇登记失业人员', 'registered-unemployed'],
  ['失业人员', 'registered-unemployed'],
  ['退役军人', 'veteran'],
  ['残疾人', 'disabled'],
  ['高校毕业生', 'graduate'],
  ['有创业意愿的人员', 'entrepreneur'],
  ['其他人员', 'other'],
];
const groupLabels = new Map<string, TrainingTargetGroup>([
  ...groupNames,
  ...groupNames.map(([, group]): [string, TrainingTargetGroup] => [group, group]),
]);

/** The enrolment sheet's columns: who the trainee is, their groups and the voucher they bring. */
export const enrolmentColumns = {
  idType: optional(['证件类型', 'idType'], idTypeCell),
  idNumber: required(['证件号码', 'idNumber'], text),
  name: required(['姓名', 'name'], text),
  targetGroups: required(
    ['人员类别', 'targetGroups'],
    listOf(groupLabels, 'target_group', `${groupNames.map(([name]) => name).join('、')} or the English ids`),
  ),
  voucherId: optional(['培训券号', 'voucherId'], text),
};

const issueColumns: IssueColumns = [
  ['document', 'idNumber', 'id_format'],
  ['name', 'name', 'name_format'],
  ['targetGroups', 'targetGroups', 'target_group'],
  ['voucherId', 'voucherId', 'voucher_id'],
];

export interface EnrolmentRow {
  readonly row: number;
  readonly document: IdDocument;
  readonly name: string;
  readonly targetGroups: readonly TrainingTargetGroup[];
  readonly voucherId: string | null;
}

const readEnrolments = sheetReader(enrolmentColumns);

/** Reads an enrolment sheet: each row parsed by the JSON route's schema, a person given twice named. */
export function parseEnrolmentSheet(file: Buffer): SheetResult<EnrolmentRow> {
  const firstRowOf = new Map<string, number>();
  return readEnrolments(file, (values, row, { report }) => {
    const { idType = defaultIdType, idNumber, name, targetGroups, voucherId } = values;
    const parsed = EnrolTraineeSchema.safeParse({ document: { idType, idNumber }, name, targetGroups, voucherId });
    if (!parsed.success) {
      reportIssues(parsed.error.issues, issueColumns, report);
      return undefined;
    }
    const { document } = parsed.data;
    const earlier = firstRowOf.get(documentKey(document));
    if (earlier !== undefined) {
      report('idNumber', 'duplicate_row', `the same ID document as row ${earlier}`);
      return undefined;
    }
    firstRowOf.set(documentKey(document), row);
    return { row, ...parsed.data, voucherId: parsed.data.voucherId ?? null };
  });
}
