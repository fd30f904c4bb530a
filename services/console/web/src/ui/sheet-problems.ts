import { z } from 'zod';

/** One fault of a refused sheet, as assessment's 422 `SHEET_ROWS_REJECTED` lists it. */
const SheetProblemSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  rule: z.string(),
  message: z.string(),
});
export type SheetProblem = z.output<typeof SheetProblemSchema>;

const RefusedSheetSchema = z.object({ code: z.literal('SHEET_ROWS_REJECTED'), problems: z.array(SheetProblemSchema) });

/** The faults of a refused sheet, or null when the answer is another refusal. */
export function sheetProblemsOf(body: unknown): readonly SheetProblem[] | null {
  const parsed = RefusedSheetSchema.safeParse(body);
  return parsed.success ? parsed.data.problems : null;
}

/** A line of the file as the page shows it: its number, its text, and the faults the service found there. */
export interface SheetLine {
  readonly line: number;
  readonly text: string;
  readonly problems: readonly SheetProblem[];
}

/** Past this many lines only the faulty ones (and the header) are shown, so a 10,000-row sheet stays readable. */
export const ALL_LINES_UP_TO = 200;

/**
 * The file's lines with each fault next to the line it names (the service counts lines from 1, the
 * header being line 1). A fault of a line past the end (an empty sheet's "no rows") gets a line of its own.
 */
export function sheetLines(text: string, problems: readonly SheetProblem[]): SheetLine[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  const byLine = new Map<number, SheetProblem[]>();
  for (const problem of problems) byLine.set(problem.row, [...(byLine.get(problem.row) ?? []), problem]);
  const all = lines.map((lineText, i) => ({ line: i + 1, text: lineText, problems: byLine.get(i + 1) ?? [] }));
  const beyond = [...byLine.keys()].filter((line) => line > lines.length);
  const extra = beyond.map((line) => ({ line, text: '', problems: byLine.get(line) ?? [] }));
  const shown = all.length <= ALL_LINES_UP_TO ? all : all.filter((l) => l.line === 1 || l.problems.length > 0);
  return [...shown, ...extra];
}
