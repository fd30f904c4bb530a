import type { AssessedFigure, BenchTarget } from '@tianfu/testing';
import type { BenchReport, BenchRun } from './bench-report.ts';

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: Math.abs(n) < 100 ? 1 : 0 });
const percent = (ratio: number) => `${(ratio * 100).toFixed(0)}%`;

function target(t: BenchTarget, unit: string): string {
  const [sign, bound] = t.atLeast === undefined ? ['≤', t.atMost] : ['≥', t.atLeast];
  return t.of === 'ratio' ? `${sign} ${percent(bound)} of raw` : `${sign} ${number(bound)} ${unit}`;
}

const row = (f: AssessedFigure) =>
  [
    f.name,
    `${number(f.value)} ${f.unit}`,
    f.baseline ? `${number(f.baseline.value)} (${f.baseline.name})` : '',
    f.ratio === undefined ? '' : percent(f.ratio),
    f.target ? target(f.target, f.unit) : '',
    f.met === undefined ? '' : f.met ? 'met' : '**unmet**',
  ].join(' | ');

function section(run: BenchRun): string[] {
  const heading = `## ${run.script} (${run.seconds.toFixed(0)} s)`;
  if (!run.result) {
    const output = run.lastLines ? ['', 'Its last lines:', '', '```', run.lastLines, '```'] : [];
    return [heading, '', `**Failed**: ${run.failure ?? 'no figures'}`, ...output, ''];
  }
  const alone = run.ranAlone
    ? [`Run alone on ${run.ranAlone.date} (load average at start ${run.ranAlone.loadAverageAtStart}).`, '']
    : [];
  return [
    heading,
    '',
    ...alone,
    run.result.title,
    '',
    '| figure | value | raw baseline (same run) | ratio | target | |',
    '|---|--:|--:|--:|---|---|',
    ...run.result.figures.map((f) => `| ${row(f)} |`),
    '',
  ];
}

/** The report as Markdown: the machine, then one table per bench. */
export function reportMarkdown(report: BenchReport): string {
  const figures = report.runs.flatMap((run) => run.result?.figures ?? []);
  const judged = figures.filter((f) => f.met !== undefined);
  const failed = report.runs.filter((run) => !run.result).length;
  const m = report.machine;
  return [
    '# Benchmark report',
    '',
    `Written by \`pnpm bench\` on ${report.date}. Each figure stands beside the raw baseline measured in the`,
    'same run on the same servers (a bare driver or a bare server doing the same work); ratio = figure / baseline.',
    '',
    `**${judged.filter((f) => f.met).length} of ${judged.length} targets met**` +
      (failed > 0 ? `; **${failed} bench${failed > 1 ? 'es' : ''} failed**` : ''),
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | ${m.cpu} |`,
    `| cores | ${m.cores} |`,
    `| memory | ${m.memoryGiB} GiB |`,
    `| Node.js | ${m.node} |`,
    `| OS | ${m.os} |`,
    `| load average at start (1 min) | ${m.loadAverageAtStart} |`,
    '',
    ...report.runs.flatMap(section),
  ].join('\n');
}
