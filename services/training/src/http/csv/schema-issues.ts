import { textRuleOf } from '@tianfu/contracts';
import type { Report } from '@tianfu/sheets';
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** Where a field of the JSON shape sits in a sheet: its path prefix, its column, its rule unless it names its own. */
export type IssueColumns = readonly (readonly [path: string, column: string, rule: string])[];

const idRules: Readonly<Record<string, string>> = {
  ID_FORMAT: 'id_format',
  ID_DATE: 'id_date',
  ID_CHECKSUM: 'id_checksum',
};

const pathOf = (issue: Issue): string => issue.path.map((s) => (typeof s === 'number' ? '*' : String(s))).join('.');

function ruleOf(issue: Issue, fallback: string): string {
  const text = textRuleOf(issue);
  if (text !== null) return text === 'text_required' || text === 'text_too_long' ? 'name_length' : 'name_format';
  const params = (issue.code === 'custom' ? issue.params : undefined) as { code?: string } | undefined;
  return idRules[params?.code ?? ''] ?? fallback;
}

/** Reports each issue of the route's schema at the column its field came from, so a sheet names what a route would. */
export function reportIssues(issues: readonly Issue[], columns: IssueColumns, report: Report): void {
  for (const issue of issues) {
    const path = pathOf(issue);
    const [, column = '', fallback = 'value_invalid'] = columns.find(([prefix]) => path.startsWith(prefix)) ?? [];
    report(column, ruleOf(issue, fallback), issue.message);
  }
}
