import { textRuleOf } from '@tianfu/contracts';
import type { z } from 'zod';
import type { Report, SheetRule } from './sheet-result.ts';

type Issue = z.core.$ZodIssue;

// Where a field of the JSON shape sits in the sheet, and the rule a problem there has unless it names its own.
const columns: readonly (readonly [path: string, field: string, rule: SheetRule])[] = [
  ['name', 'name', 'name_format'],
  ['document', 'idNumber', 'id_format'],
  ['background.birthDate', 'birthDate', 'date_format'],
  ['background.yearsInOccupation', 'yearsInOccupation', 'years_range'],
  ['background.title.grade', 'title', 'title'],
  ['background.title.since', 'titleSince', 'date_format'],
  ['background.heldLevels.*.level', 'heldLevel', 'held_level'],
  ['background.heldLevels.*.occupationCode', 'heldLevelOccupation', 'occupation_code'],
  ['background.heldLevels.*.obtainedOn', 'heldLevelSince', 'date_format'],
  ['background.heldLevels.*.certificateNo', 'heldCertificateNo', 'certificate_no'],
];

const idRules: Readonly<Record<string, SheetRule>> = {
  ID_FORMAT: 'id_format',
  ID_DATE: 'id_date',
  ID_CHECKSUM: 'id_checksum',
};

const namedRules = new Set<string>(['certificate_no', 'certificate_level', 'birth_date_conflict']);

const pathOf = (issue: Issue): string =>
  issue.path.map((segment) => (typeof segment === 'number' ? '*' : String(segment))).join('.');

function ruleOf(issue: Issue, fallback: SheetRule): SheetRule {
  const text = textRuleOf(issue);
  // A name's length and its characters keep the sheet rules clients already key on.
  if (text !== null) return text === 'text_required' || text === 'text_too_long' ? 'name_length' : 'name_format';
  const params = (issue.code === 'custom' ? issue.params : undefined) as { rule?: string; code?: string } | undefined;
  if (params?.rule !== undefined && namedRules.has(params.rule)) return params.rule as SheetRule;
  return idRules[params?.code ?? ''] ?? fallback;
}

/** Reports each issue of the enrolment schema at the column its field came from. */
export function reportIssues(issues: readonly Issue[], report: Report): void {
  for (const issue of issues) {
    const path = pathOf(issue);
    const [, field = '', fallback = 'value_invalid'] = columns.find(([prefix]) => path.startsWith(prefix)) ?? [];
    report(field, ruleOf(issue, fallback), issue.message);
  }
}
