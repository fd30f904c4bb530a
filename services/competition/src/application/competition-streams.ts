import type { EventEnvelope } from '@tianfu/contracts';
import { foldEvents } from '@tianfu/decider';
import {
  type EventStore,
  handleCommand,
  isConcurrencyError,
  type PostCommitWrites,
  type StreamState,
} from '@tianfu/eventstore';
import type { RequestCaller } from '@tianfu/service-kit';
import { type CompetitionCommand, competitionDecider } from '../domain/competition.ts';
import { competitionNotFound } from '../domain/competition-errors.ts';
import { type Competition, type CompetitionState, existingCompetition } from '../domain/competition-state.ts';

export const competitionStreamId = (competitionId: string): string => `competition-${competitionId}`;

const MAX_ATTEMPTS = 5;

export interface Ran {
  readonly competition: Competition;
  readonly revision: number;
  readonly events: readonly EventEnvelope[];
}

/**
 * A competition-organiser token acts only on competitions it registered; admin on any. Another
 * organiser's competition is answered like one that does not exist.
 */
export function owned(state: CompetitionState, competitionId: string, caller: RequestCaller): Competition {
  const competition = existingCompetition(state, competitionId);
  const { role, sub } = caller.principal;
  if (role !== 'admin' && competition.organiser !== sub) throw competitionNotFound(competitionId);
  return competition;
}

/** Reading, folding and writing a competition's stream; the organisers' list follows each commit. */
export function competitionStreams(store: EventStore, readModels: Pick<PostCommitWrites, 'afterCommit'>) {
  const read = async (competitionId: string): Promise<StreamState<CompetitionState>> => {
    const stream = await store.readStream(competitionStreamId(competitionId));
    return { revision: stream.revision, state: foldEvents(competitionDecider, stream.events) };
  };

  /**
   * Read, build the command from that state (it may claim things first), decide on the very state
   * it was built from, append. A concurrent writer makes the append collide: then all again.
   */
  async function run(
    competitionId: string,
    caller: RequestCaller,
    build: (state: CompetitionState) => CompetitionCommand | Promise<CompetitionCommand>,
  ): Promise<Ran> {
    for (let attempt = 1; ; attempt++) {
      const loaded = await read(competitionId);
      const command = await build(loaded.state);
      try {
        const result = await handleCommand(
          store,
          competitionStreamId(competitionId),
          competitionDecider,
          command,
          caller,
          { maxAttempts: 1, load: async () => loaded },
        );
        const competition = existingCompetition(result.state, competitionId);
        await readModels.afterCommit(result.events);
        return { competition, revision: result.revision, events: result.events };
      } catch (error) {
        if (!isConcurrencyError(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  return { read, run };
}

export type CompetitionStreams = ReturnType<typeof competitionStreams>;
