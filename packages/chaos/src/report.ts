import type { FaultOutcome } from './fault-schedule.ts';
import type { Figures } from './settle.ts';
import { type Counts, clean } from './tally.ts';

export interface ChaosRun {
  readonly startedAt: string;
  readonly command: string;
  readonly rounds: number;
  /** Candidates in the first round's session, and in each later one's. */
  readonly size: number;
  readonly laterSize: number;
  readonly outcomes: readonly FaultOutcome[];
  readonly figures: Figures;
  /** Attempts beyond each command's first, and 5xx answers among them. */
  readonly retries: number;
  readonly serverErrors: number;
}

const pad = (cells: readonly (string | number | null)[], widths: readonly number[]) =>
  cells.map((c, i) => String(c ?? '-').padEnd(widths[i] ?? 10)).join(' ');

const countsRow = (name: string, c: Counts) =>
  pad([name, c.sent, c.acknowledged, c.found, c.lost, c.duplicated], [34, 6, 13, 6, 5, 10]);

/** The run passes when nothing acknowledged is lost, nothing duplicated, every outbox drained and every DLQ empty. */
export function passed({ figures }: ChaosRun): boolean {
  const { commands, certificates, ladderSteps, outboxes, deadLetters } = figures;
  return (
    [commands, certificates, ladderSteps].every(clean) &&
    Object.values(outboxes).every((n) => n === 0) &&
    Object.values(deadLetters).every((n) => n === 0)
  );
}

const listed = (counts: Readonly<Record<string, number>>) =>
  Object.entries(counts)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');

/** The run as `pnpm chaos` prints it and docs/reliability.md keeps it. */
export function renderRun(run: ChaosRun): string {
  const { figures } = run;
  const lost = figures.commands.lost + figures.certificates.lost + figures.ladderSteps.lost;
  const duplicated = figures.commands.duplicated + figures.certificates.duplicated + figures.ladderSteps.duplicated;
  return [
    `${run.command}  (${run.startedAt} UTC: ${run.rounds} rounds, sessions of ${run.size}, then ${run.laterSize} candidates)`,
    '',
    pad(['SIGKILL', 'load phase', 'down s', 'ready s', 'caught up s'], [14, 12, 8, 9, 12]),
    ...run.outcomes.map((o) =>
      pad([o.fault, o.phase, o.downSeconds, o.readySeconds, o.caughtUpSeconds], [14, 12, 8, 9, 12]),
    ),
    '',
    pad(['', 'sent', 'acknowledged', 'found', 'lost', 'duplicated'], [34, 6, 13, 6, 5, 10]),
    countsRow('commands (2xx in its store)', figures.commands),
    countsRow('causes with one certificate', figures.certificates),
    countsRow('certificates with one ladder step', figures.ladderSteps),
    '',
    `outbox backlog: ${listed(figures.outboxes)}`,
    `dead letters: ${listed(figures.deadLetters)}`,
    `consumer groups behind: ${figures.groupsBehind.length === 0 ? 'none' : figures.groupsBehind.join(', ')}`,
    `retried sends: ${run.retries} (5xx answers among them: ${run.serverErrors})`,
    `lost ${lost}, duplicated ${duplicated}: ${passed(run) ? 'PASS' : 'FAIL'}`,
  ].join('\n');
}

/** docs/reliability.md: what the suite does, the command, and its last run. */
export const reliabilityDoc = (run: ChaosRun): string => `# Reliability: faults under load

\`pnpm chaos\` starts a second, private platform beside the first (every port moved by
\`SERVICE_PORT_OFFSET=200\`: services on 4301–4305, Kafka 9292/9293, FerretDB 27217, PostgreSQL
54529; data, logs and pid files under \`.local/chaos\`), puts a steady load on it — rounds of a
技师 session whose candidates are enrolled and scored by CSV and closed, a competition among its
passers confirmed (核准), the winner appointed 特级技师; the first session has 500 candidates, the
later ones, one every 30 s, 20 — and SIGKILLs in turn certification, career,
assessment (mid-upload), the Kafka broker, FerretDB and PostgreSQL, each found by its own pid file,
then restarts what is down as \`npm start -- --detach\` does. The load retries what a fault left
unanswered, as a client would. Then it counts, straight from the stores, the topics and the ladders:
every command answered 2xx has exactly its events in its service's store; every pass, promotion and
特级技师 appointment exactly one certificate; every certificate exactly one ladder step; every
outbox drained; every dead-letter topic empty. It exits non-zero on any loss or duplicate, and
stops the private platform; each run starts it afresh, on empty stores. \`pnpm chaos --short\`
(sessions of 50 then 10 candidates; certification and Kafka killed) prints the same without
rewriting this file.

Columns: _down_ is SIGKILL to the restart, _ready_ SIGKILL to every service answering \`/ready\`
again, _caught up_ SIGKILL to the moment the platform has done all it owed once ready again —
every certificate owed then issued, every commit then unpublished on Kafka — the recovery time
(the load goes on meanwhile; what it adds later does not count); \`-\` if over 5 minutes. For the
certificate and ladder rows, _sent_ is what is owed (passes, promotions and appointments; issued
certificates) and _found_ what has exactly one.

The last run, as \`${run.command}\` printed it:

\`\`\`
${renderRun(run)}
\`\`\`
`;
