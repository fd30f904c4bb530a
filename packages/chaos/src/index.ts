export type { CommandLog, CommandLogOptions, Send } from './command-log.ts';
export { commandLog } from './command-log.ts';
export type { FaultOutcome } from './fault-schedule.ts';
export { runFaults } from './fault-schedule.ts';
export type { Fault } from './faults.ts';
export { allFaults, shortFaults } from './faults.ts';
export { startLoad } from './load.ts';
export { phaseTracker } from './load-phase.ts';
export { setUpLoad } from './load-setup.ts';
export type { PrivatePlatform } from './private-platform.ts';
export {
  kafkaBrokers,
  mongoUrl,
  platformUrlsOf,
  privatePlatform,
  startPlatform,
  stopPlatform,
  wipePlatform,
} from './private-platform.ts';
export type { ChaosRun } from './report.ts';
export { passed, reliabilityDoc, renderRun } from './report.ts';
export type { Figures } from './settle.ts';
export { catchUpProbe, settle } from './settle.ts';
export { openCensus } from './store-census.ts';
export type { CommandRecord, Counts, Expectation, StoredEvent, StoreName } from './tally.ts';
export { chainCounts, clean, commandCounts } from './tally.ts';
