import { Gauge, type Registry } from 'prom-client';
import { REBUILD_STATES, type RebuildView } from './rebuild-progress.ts';

/** The rebuild's progress on `/metrics`, read when scraped (the live consumers' lag is `tianfu_consumer_lag`). */
export function registerRebuildMetrics(registry: Registry, progress: () => RebuildView): void {
  const gauge = (name: string, help: string, read: (view: RebuildView) => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read(progress()));
      },
    });
  gauge('tianfu_career_rebuild_events', 'Messages replayed by the current or last rebuild', (v) => v.events);
  gauge(
    'tianfu_career_rebuild_events_per_second',
    'Replay rate of the current or last rebuild',
    (v) => v.eventsPerSecond,
  );
  gauge(
    'tianfu_career_rebuild_lag',
    'Messages the rebuild has still to replay, then that its set has still to consume before the swap',
    (v) => v.lag,
  );
  new Gauge({
    name: 'tianfu_career_rebuild_state',
    help: 'The state of the current or last rebuild (1 for the state it is in)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const { state } = progress();
      for (const each of REBUILD_STATES) this.set({ state: each }, each === state ? 1 : 0);
    },
  });
}
