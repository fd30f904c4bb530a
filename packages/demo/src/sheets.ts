import { skillLevel } from '@tianfu/contracts';
import type { Background, PartScores } from './api-types.ts';
import type { DemoPerson } from './people/demo-people.ts';
import type { InsurancePeriod } from './seed/plan-insurance.ts';

export type Part = 'theory' | 'practical' | 'review';

// As the assessment service's sheets name them (services/assessment/src/http/csv).
const partLabels: Readonly<Record<Part, string>> = { theory: '理论知识', practical: '操作技能', review: '综合评审' };

const cell = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};
const sheet = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string =>
  `${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;

export interface SheetCandidate {
  readonly person: DemoPerson;
  readonly background: Background;
}

/** An enrolment sheet as a body fills it in: one candidate a row, with what they declare (docs/domain.md §2.3). */
export function enrolmentSheet(candidates: readonly SheetCandidate[]): string {
  const header = ['证件号码', '姓名', '累计年限', '已有等级', '已有等级职业编码', '等级取得日期'];
  const rows = candidates.map(({ person, background }) => {
    const [held] = background.heldLevels ?? [];
    const declared =
      held === undefined ? ['', '', ''] : [skillLevel(held.level).label, held.occupationCode, held.obtainedOn];
    return [person.document.idNumber, person.name, background.yearsInOccupation, ...declared];
  });
  return sheet(header, rows);
}

export interface PartScore {
  readonly idNumber: string;
  readonly part: Part;
  readonly score: number;
}

const parts: readonly Part[] = ['theory', 'practical', 'review'];

/** The scores sheet's rows of candidates' marks: a row per part marked, named by ID number; null (absent) gives none. */
export const scoreRows = (
  candidates: readonly { readonly person: DemoPerson; readonly scores: PartScores | null }[],
): PartScore[] =>
  candidates.flatMap(({ person, scores }) =>
    parts.flatMap((part) => {
      const score = scores?.[part];
      return score === undefined ? [] : [{ idNumber: person.document.idNumber, part, score }];
    }),
  );

/** A scores sheet: one part score of one candidate a row, candidates named by their ID number. */
export const scoreSheet = (scores: readonly PartScore[]): string =>
  sheet(
    ['证件号码', '科目', '成绩'],
    scores.map(({ idNumber, part, score }) => [idNumber, partLabels[part], score]),
  );

export interface SheetTrainee {
  readonly person: DemoPerson;
  readonly groups: readonly string[];
  readonly enrolledOn: string;
  readonly attended: readonly string[];
}

/** The training office's 补录 sheet of a class that already ran: who, their groups, the day enrolled, the sittings attended. */
export const pastRosterSheet = (trainees: readonly SheetTrainee[]): string =>
  sheet(
    ['证件号码', '姓名', '人员类别', '报名日期', '出勤课次'],
    trainees.map(({ person, groups, enrolledOn, attended }) => [
      person.document.idNumber,
      person.name,
      groups.join(';'),
      enrolledOn,
      attended.join(';'),
    ]),
  );

/** The social-insurance registry's sheet of 失业保险 periods: one period a row, the person named by ID number. */
export const insuranceSheet = (periods: readonly InsurancePeriod[]): string =>
  sheet(
    ['公民身份号码', '参保日期', '停保日期'],
    periods.map(({ document, insuredSince, insuredUntil }) => [document.idNumber, insuredSince, insuredUntil ?? '']),
  );
