import { type CatalogueEvent, type CatalogueState, foldCatalogue } from '@tianfu/catalogue-view';
import type { Actor, OccupationRetiredData, StandardRetiredData } from '@tianfu/contracts';
import { type EventStore, handleCommand, type StreamState } from '@tianfu/eventstore';
import { type CatalogueCommand, catalogueDecider } from '../domain/catalogue-decider.ts';
import { type UsageRef, usageOf } from '../domain/catalogue-usage.ts';
import type { UsageFacts } from './assessment-usage.ts';

export interface Caller {
  readonly actor: Actor;
  readonly correlationId: string;
  /** The revision the client last read (If-Match), when it sent one. */
  readonly expectedRevision?: number;
}

/** The catalogue is one stream (docs/adr/0009-catalogue-is-its-own-service.md). */
export const catalogueStream = 'catalogue';

export interface CatalogueResult {
  readonly revision: number;
  readonly state: CatalogueState;
  /** The types of the events the command appended, one per event. */
  readonly emitted: readonly string[];
}

/**
 * The catalogue's commands and its state, held in memory: `latest` folds only the commits appended
 * since (by this or another instance), and `current` answers without I/O, so public reads never
 * wait on the store (keepCurrent calls `latest` in the background).
 */
export function catalogueCommands(store: EventStore, usage: UsageFacts) {
  let held: StreamState<CatalogueState> = { revision: 0, state: catalogueDecider.initialState() };
  const latest = async (): Promise<StreamState<CatalogueState>> => {
    const base = held;
    const read = await store.readStream(catalogueStream, base.revision);
    // A command here may have moved `held` past what this read saw while it ran.
    if (read.revision > held.revision) {
      const events = read.events.map((e) => ({ type: e.type, data: e.data }) as CatalogueEvent);
      held = { revision: read.revision, state: foldCatalogue(base.state, events) };
    }
    return held;
  };
  const run = async (command: CatalogueCommand, caller: Caller): Promise<CatalogueResult> => {
    const result = await handleCommand(store, catalogueStream, catalogueDecider, command, caller, { load: latest });
    if (result.revision > held.revision) held = { revision: result.revision, state: result.state };
    return { revision: result.revision, state: result.state, emitted: result.events.map((e) => e.type) };
  };
  // What still uses the entry, as the assessment topic told it so far.
  const usedBy = async (ref: UsageRef) => usageOf(await usage.of(ref.occupationCode), ref);
  return {
    /** The catalogue as last read or written here, without I/O: what public reads answer from. */
    current: async (): Promise<StreamState<CatalogueState>> => held,
    latest,
    run,
    retireOccupation: async (data: OccupationRetiredData, caller: Caller) =>
      run({ type: 'RetireOccupation', data, usage: await usedBy({ occupationCode: data.code }) }, caller),
    retireStandard: async (data: StandardRetiredData, caller: Caller) =>
      run({ type: 'RetireStandard', data, usage: await usedBy(data) }, caller),
  };
}

export type CatalogueCommands = ReturnType<typeof catalogueCommands>;
