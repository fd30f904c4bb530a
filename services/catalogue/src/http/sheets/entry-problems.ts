import { textRuleOf } from '@tianfu/contracts';
import type { Report } from '@tianfu/sheets';
import type { z } from 'zod';
import type { ZodIssue } from '../entry-schemas.ts';

/** The rule a schema issue breaks, as a sheet names it: the text rules by name, else the zod code. */
function ruleOf(issue: ZodIssue): string {
  const text = textRuleOf(issue);
  if (text !== null) return text;
  return issue.code === 'invalid_format' || issue.code === 'invalid_value' ? 'value_invalid' : issue.code;
}

/**
 * The row parsed by the entry's own schema, or undefined with each issue reported at the column of
 * the field it concerns.
 */
export function parseEntry<S extends z.ZodType>(schema: S, value: unknown, report: Report): z.output<S> | undefined {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) report(String(issue.path[0] ?? ''), ruleOf(issue), issue.message);
  return undefined;
}
