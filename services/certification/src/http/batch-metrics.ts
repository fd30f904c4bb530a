import { Counter, type Registry } from 'prom-client';

const ITEMS = 'tianfu_verify_batch_items_total';
const ALERTS = 'tianfu_verify_batch_miss_alerts_total';

export interface BatchMetrics {
  /** Every pair a batch verified, by result: a rise in not-found is the first sign of enumeration. */
  readonly items: Counter<'result'>;
  /** A token whose misses over a window passed the alert ratio (miss-watch.ts). */
  readonly missAlerts: Counter;
}

const counter = <L extends string>(registry: Registry, name: string, help: string, labelNames: L[]): Counter<L> => {
  const existing = registry.getSingleMetric(name);
  // Apps in one test process may share a registry: a name is registered once.
  return existing instanceof Counter ? existing : new Counter({ name, help, labelNames, registers: [registry] });
};

export const batchMetrics = (registry: Registry): BatchMetrics => ({
  items: counter(registry, ITEMS, 'Pairs verified by POST /v1/verify/batch, by result', ['result']),
  missAlerts: counter(registry, ALERTS, 'Employer tokens whose batch misses over a window passed the alert ratio', []),
});
