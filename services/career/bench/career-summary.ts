import type { BenchFigure } from '@tianfu/testing';
import { assessFigure } from '@tianfu/testing';
import type { RebuildRun } from './drive-rebuild.ts';
import type { NamesLookup } from './names-lookup.ts';
import type { QueryLatency } from './query-latency.ts';

export const QUERY_P99_TARGET_MS = 100;
export const REBUILD_TARGET_RATIO = 0.5;

export interface CareerBenchFigures {
  readonly workers: number;
  readonly events: number;
  readonly producePerSecond: number;
  readonly rawPerSecond: number;
  readonly rebuild: RebuildRun;
  readonly queries: readonly QueryLatency[];
  readonly indicators: QueryLatency;
  readonly names: NamesLookup;
}

export const rebuildPerSecond = (f: CareerBenchFigures): number => (f.events * 1000) / f.rebuild.ms;

const rebuildFigure = (f: CareerBenchFigures): BenchFigure => ({
  name: 'rebuild, command to swap',
  value: rebuildPerSecond(f),
  unit: 'events/s',
  baseline: { name: 'raw consume + insertMany', value: f.rawPerSecond },
  target: { of: 'ratio', atLeast: REBUILD_TARGET_RATIO },
});

/** The figures as `pnpm bench` records them: rebuild beside the raw baseline, each query's p99 beside its bound. */
export function benchFigures(f: CareerBenchFigures): BenchFigure[] {
  return [
    { name: 'produce (set-up)', value: f.producePerSecond, unit: 'events/s' },
    rebuildFigure(f),
    { name: 'career peak RSS (rebuild + index)', value: f.rebuild.peakRssMiB, unit: 'MiB' },
    ...f.queries.flatMap((q): BenchFigure[] => [
      { name: `${q.name}: p50`, value: q.p50, unit: 'ms' },
      { name: `${q.name}: p99`, value: q.p99, unit: 'ms', target: { of: 'value', atMost: QUERY_P99_TARGET_MS } },
    ]),
    { name: `${f.indicators.name}: p50`, value: f.indicators.p50, unit: 'ms' },
    { name: `${f.indicators.name}: p99`, value: f.indicators.p99, unit: 'ms' },
    { name: `a page's names: worker keys by _id equality (the vault)`, value: f.names.equalityP50, unit: 'ms' },
    { name: `a page's names: one $in over ${f.names.keys} worker keys`, value: f.names.inP50, unit: 'ms' },
  ];
}

const ms = (n: number) => `${n.toFixed(1).padStart(7)} ms`;
const verdict = (met: boolean | undefined) => (met === undefined ? '' : met ? 'met' : 'NOT met');

/** The summary printed at the end: figures, the raw baseline, ratios, targets met or not. */
export function summaryText(f: CareerBenchFigures): string {
  const rebuild = assessFigure(rebuildFigure(f));
  const { view } = f.rebuild;
  const queryLines = [...f.queries, f.indicators].map((q) => {
    const met = q === f.indicators ? undefined : q.p99 <= QUERY_P99_TARGET_MS;
    const matched = q.matched === undefined ? '' : `${q.matched} matched`;
    return `  p50 ${ms(q.p50)}  p99 ${ms(q.p99)}  ${verdict(met).padEnd(7)}  ${matched.padStart(16)}  ${q.name}`;
  });
  return [
    `career bench: ${f.workers.toLocaleString('en-US')} workers, ${f.events.toLocaleString('en-US')} events on 4 topics × 6 partitions`,
    `  produce (set-up)                     ${f.producePerSecond.toFixed(0).padStart(8)} events/s`,
    `  raw baseline (consume + insertMany)  ${f.rawPerSecond.toFixed(0).padStart(8)} events/s`,
    `  rebuild (command to swap)            ${rebuildPerSecond(f).toFixed(0).padStart(8)} events/s  ` +
      `${((rebuild.ratio ?? 0) * 100).toFixed(0)}% of raw (target >= ${REBUILD_TARGET_RATIO * 100}%) ${verdict(rebuild.met)}`,
    `  rebuild's own figure (replay phase)  ${String(view.eventsPerSecond).padStart(8)} events/s, ${view.events} read, ${view.invalid} invalid`,
    `  career process peak RSS ${f.rebuild.peakRssMiB.toFixed(0)} MiB, ${f.rebuild.rssAfterMiB.toFixed(0)} MiB after the swap`,
    `talent pool over HTTP, sequential requests (target p99 <= ${QUERY_P99_TARGET_MS} ms):`,
    ...queryLines,
    `a page's sealed names (none in this population): the vault reads the page's worker keys by _id ` +
      `equality, p50 ${f.names.equalityP50.toFixed(0)} ms; one $in instead would scan identity.worker_keys ` +
      `(${f.names.keys} keys: p50 ${f.names.inP50.toFixed(0)} ms, so ~${((f.names.inP50 * f.workers) / Math.max(1, f.names.keys)).toFixed(0)} ms with ${f.workers} workers' keys)`,
    '',
  ].join('\n');
}
