import { randomUUID } from 'node:crypto';
import { chinaDate, type InsuranceStanding } from '@tianfu/contracts';
import { foldEvents } from '@tianfu/decider';
import { type CommandContext, type EventStore, handleCommand } from '@tianfu/eventstore';
import {
  heldPeriods,
  type InsuranceEvent,
  type InsuranceState,
  insurance,
  type ReportedPeriod,
} from '../domain/insurance.ts';
import { type InsuranceRow, insuranceImportProblems } from '../domain/insurance-import.ts';
import { insuranceOn } from '../domain/insured-run.ts';
import { type RowProblem, sheetRowsRejected } from '../domain/subsidy-errors.ts';

const streamOf = (workerId: string): string => `insurance-${workerId}`;

/** What an import did: every row was accepted; `recorded` of them were new to the platform. */
export interface InsuranceImportReceipt {
  readonly importId: string;
  readonly rows: number;
  readonly workers: number;
  readonly recorded: number;
  readonly unchanged: number;
}

/**
 * The port a claim's judge asks (docs/domain.md §7.9, 技能提升补贴): a worker's 失业保险 as the
 * platform holds it, on a day, optionally as it was known at an instant, so a decision replayed
 * later reads what its first run read.
 */
export interface InsuranceRegistry {
  periods(workerId: string, knownAt?: string): Promise<ReportedPeriod[]>;
  insuredOn(workerId: string, day: string, knownAt?: string): Promise<InsuranceStanding>;
}

// Workers recorded at once by one import: each is a stream of its own.
const PARALLEL_WORKERS = 16;

/**
 * The social-insurance registry's reports (社保 is outside the platform), each worker's periods a
 * stream of events in the store: an accepted import is never lost, and importing it again adds nothing.
 */
export function insuranceRegistry(store: EventStore, clock: () => Date) {
  const read = async (workerId: string): Promise<InsuranceState> =>
    foldEvents<InsuranceState, InsuranceEvent>(insurance, (await store.readStream(streamOf(workerId))).events);
  // Reports carry UTC instants: an instant asked with another offset is read as the same moment.
  const periods = async (workerId: string, knownAt?: string) =>
    heldPeriods((await read(workerId))?.reports ?? [], knownAt && new Date(knownAt).toISOString());

  return {
    periods,
    async insuredOn(workerId: string, day: string, knownAt?: string) {
      return insuranceOn(await periods(workerId, knownAt), day);
    },
    /** The worker's periods and where they stand on `asOf` (today, China time, unless given). */
    async view(workerId: string, query: { readonly asOf?: string; readonly knownAt?: string }) {
      const { asOf = chinaDate(clock()), knownAt } = query;
      const held = await periods(workerId, knownAt);
      return { workerId, asOf, periods: held, standing: insuranceOn(held, asOf) };
    },
    /**
     * Records an import's rows, all or none: every bad row is named first — beside those the edge
     * found (`refused`, a sheet's bad cells) — and nothing is written; then each worker's new
     * periods are appended to their stream.
     */
    async record(
      rows: readonly InsuranceRow[],
      context: CommandContext,
      refused: readonly RowProblem[] = [],
    ): Promise<InsuranceImportReceipt> {
      const at = clock().toISOString();
      const problems = [...refused, ...insuranceImportProblems(rows, chinaDate(at))].sort((a, b) => a.row - b.row);
      if (problems.length > 0) throw sheetRowsRejected(problems);
      const byWorker = new Map<string, InsuranceRow[]>();
      for (const row of rows) {
        const own = byWorker.get(row.workerId);
        if (own === undefined) byWorker.set(row.workerId, [row]);
        else own.push(row);
      }
      const importId = randomUUID();
      const workers = [...byWorker.entries()];
      let recorded = 0;
      for (let i = 0; i < workers.length; i += PARALLEL_WORKERS) {
        const results = await Promise.all(
          workers.slice(i, i + PARALLEL_WORKERS).map(([workerId, own]) => {
            const reported = own.map(({ insuredSince, insuredUntil }) => ({ insuredSince, insuredUntil }));
            const data = { workerId, periods: reported, importId, at };
            return handleCommand(store, streamOf(workerId), insurance, { type: 'RecordInsurance', data }, context);
          }),
        );
        recorded += results.reduce((sum, result) => sum + result.events.length, 0);
      }
      return { importId, rows: rows.length, workers: workers.length, recorded, unchanged: rows.length - recorded };
    },
  };
}

export type InsuranceRegister = ReturnType<typeof insuranceRegistry>;
