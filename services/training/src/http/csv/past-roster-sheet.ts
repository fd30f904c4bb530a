import { type IdDocument, PastTraineeSchema, type TrainingTargetGroup } from '@tianfu/contracts';
import {
  accept,
  type CellParser,
  calendarDate,
  defaultIdType,
  documentKey,
  required,
  type SheetResult,
  sheetReader,
} from '@tianfu/sheets';
import { enrolmentColumns } from './enrolment-sheet.ts';
import { type IssueColumns, reportIssues } from './schema-issues.ts';

/** Sitting ids as a clerk lists them, separated by ; ；or 、 as other lists in sheets are; an empty cell attended none. */
const sittingList: CellParser<string[]> = (cell) =>
  accept(
    cell
      .split(/[;；、]/)
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  );

/** The 补录 sheet: the enrolment sheet's person columns, the day enrolled and the sittings attended. */
const pastRosterColumns = {
  idType: enrolmentColumns.idType,
  idNumber: enrolmentColumns.idNumber,
  name: enrolmentColumns.name,
  targetGroups: enrolmentColumns.targetGroups,
  enrolledOn: required(['报名日期', 'enrolledOn'], calendarDate),
  attended: required(['出勤课次', 'attended'], sittingList),
};

const issueColumns: IssueColumns = [
  ['document', 'idNumber', 'id_format'],
  ['name', 'name', 'name_format'],
  ['targetGroups', 'targetGroups', 'target_group'],
  ['enrolledOn', 'enrolledOn', 'date_format'],
  ['attended', 'attended', 'sitting_id'],
];

export interface PastTraineeRow {
  readonly row: number;
  readonly document: IdDocument;
  readonly name: string;
  readonly targetGroups: readonly TrainingTargetGroup[];
  readonly enrolledOn: string;
  readonly attended: readonly string[];
}

const readPastRoster = sheetReader(pastRosterColumns);

/** Reads a 补录 roster sheet: each row parsed by the trainee schema, a person given twice named. */
export function parsePastRosterSheet(file: Buffer): SheetResult<PastTraineeRow> {
  const firstRowOf = new Map<string, number>();
  return readPastRoster(file, (values, row, { report }) => {
    const { idType = defaultIdType, idNumber, ...rest } = values;
    const parsed = PastTraineeSchema.safeParse({ document: { idType, idNumber }, ...rest });
    if (!parsed.success) {
      reportIssues(parsed.error.issues, issueColumns, report);
      return undefined;
    }
    const earlier = firstRowOf.get(documentKey(parsed.data.document));
    if (earlier !== undefined) {
      report('idNumber', 'duplicate_row', `the same ID document as row ${earlier}`);
      return undefined;
    }
    firstRowOf.set(documentKey(parsed.data.document), row);
    return { row, ...parsed.data };
  });
}
