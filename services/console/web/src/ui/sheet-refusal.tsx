import { useMessages } from '../i18n/messages.ts';
import { type Column, DataTable } from './data-table.tsx';
import { commonRuleNames, sheetUploadMessages } from './sheet-messages.ts';
import { ALL_LINES_UP_TO, type SheetLine, type SheetProblem } from './sheet-problems.ts';

type RuleNames = Readonly<Record<string, string>>;

function ProblemText({ problem, rules }: { problem: SheetProblem; rules: RuleNames }) {
  const t = useMessages(sheetUploadMessages);
  const common: RuleNames = useMessages(commonRuleNames);
  const where = problem.column === '' ? t.wholeRow : t.column(problem.column);
  return (
    <li>
      <strong>{where}</strong>：{rules[problem.rule] ?? common[problem.rule] ?? problem.rule}{' '}
      <code>{problem.rule}</code>
      <span class="sheet-detail"> — {problem.message}</span>
    </li>
  );
}

/** A refused sheet: the file's lines, each rejected one marked, with its faults beside it. */
export function SheetRefusal(props: { lines: readonly SheetLine[]; total: number; count: number; rules: RuleNames }) {
  const { lines, total, count, rules } = props;
  const t = useMessages(sheetUploadMessages);
  const faulty = lines.filter((line) => line.problems.length > 0).length;
  const columns: readonly Column<SheetLine>[] = [
    {
      key: 'line',
      header: t.line,
      cell: (line) => line.line,
      rowHeader: true,
      cellLabel: (line) => t.lineLabel(line.line),
    },
    { key: 'content', header: t.content, cell: (line) => <code class="sheet-text">{line.text}</code> },
    {
      key: 'problems',
      header: t.problems,
      cell: (line) =>
        line.problems.length > 0 ? (
          <ul class="sheet-problems">
            {line.problems.map((problem) => (
              <ProblemText key={`${problem.column}-${problem.rule}`} problem={problem} rules={rules} />
            ))}
          </ul>
        ) : null,
    },
  ];
  return (
    <div class="problem sheet-refusal" role="alert">
      <p>{t.refused(count)}</p>
      {total > ALL_LINES_UP_TO ? <p>{t.onlyFaulty(faulty, total)}</p> : null}
      <DataTable
        columns={columns}
        rows={lines}
        rowKey={(line) => line.line}
        caption={t.problems}
        class="sheet-lines"
        rowAttributes={(line) => ({ class: line.problems.length > 0 ? 'line-rejected' : undefined })}
      />
    </div>
  );
}
