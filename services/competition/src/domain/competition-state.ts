import type {
  CompetitionRegisteredData,
  ContestEventConfirmedData,
  ContestEventPlan,
  ContestResult,
  EntrantRegisteredData,
  HonourEarnedData,
  NewEvent,
  PromotionAwardedData,
  ResultCorrectedData,
  ResultsPublishedData,
} from '@tianfu/contracts';
import type { DomainEvent } from '@tianfu/decider';
import { competitionError, competitionNotFound } from './competition-errors.ts';

export type CompetitionEvent =
  | DomainEvent<'competition.CompetitionRegistered', CompetitionRegisteredData>
  | DomainEvent<'competition.EntrantRegistered', EntrantRegisteredData>
  | DomainEvent<'competition.ResultsPublished', ResultsPublishedData>
  | DomainEvent<'competition.ResultCorrected', ResultCorrectedData>
  | DomainEvent<'competition.ContestEventConfirmed', ContestEventConfirmedData>
  | DomainEvent<'competition.PromotionAwarded', PromotionAwardedData>
  | DomainEvent<'competition.HonourEarned', HonourEarnedData>;

/** An event a competition command emits, before the store gives it a position. */
export type CompetitionEmitted = NewEvent<CompetitionEvent['type'], CompetitionEvent['data']>;

export type Entrant = Omit<EntrantRegisteredData, 'competitionId'>;
export type Correction = Omit<ResultCorrectedData, 'competitionId' | 'contestEventId' | 'workerId'>;
export type Awarded = Pick<PromotionAwardedData, 'entrantId' | 'workerId' | 'fromLevel' | 'level' | 'ruleId'>;
export type Honoured = Pick<HonourEarnedData, 'entrantId' | 'workerId' | 'honour' | 'ruleId'>;

export interface ContestEventState extends ContestEventPlan {
  readonly entrants: ReadonlyMap<string, Entrant>;
  /** By entrantId, in the order published; null until published. */
  readonly results: ReadonlyMap<string, ContestResult> | null;
  /** The audit trail of corrections, oldest first. */
  readonly corrections: readonly Correction[];
  readonly confirmation: Pick<ContestEventConfirmedData, 'confirmedAt' | 'capped'> | null;
  readonly promotions: readonly Awarded[];
  readonly honours: readonly Honoured[];
}

export interface Competition extends Omit<CompetitionRegisteredData, 'contestEvents'> {
  readonly contestEvents: ReadonlyMap<string, ContestEventState>;
  /** `<workerId>:<honour>`: a worker earns each honour once per competition (once per round). */
  readonly honoured: ReadonlySet<string>;
}

export type CompetitionState = Competition | null;

export const honourKey = (workerId: string, honour: string): string => `${workerId}:${honour}`;

export function existingCompetition(state: CompetitionState, competitionId: string): Competition {
  if (state === null) throw competitionNotFound(competitionId);
  return state;
}

export function contestEventOf(competition: Competition, contestEventId: string): ContestEventState {
  const found = competition.contestEvents.get(contestEventId);
  if (found === undefined) {
    throw competitionError(
      'CONTEST_EVENT_NOT_FOUND',
      `competition ${competition.competitionId} has no contest event ${contestEventId}`,
      { contestEventId },
    );
  }
  return found;
}

const change = (
  state: CompetitionState,
  contestEventId: string,
  update: (contestEvent: ContestEventState) => ContestEventState,
): CompetitionState => {
  const current = state?.contestEvents.get(contestEventId);
  if (state === null || current === undefined) return state;
  return { ...state, contestEvents: new Map(state.contestEvents).set(contestEventId, update(current)) };
};

function registered({ contestEvents, ...competition }: CompetitionRegisteredData): Competition {
  const states = contestEvents.map((plan): [string, ContestEventState] => [
    plan.contestEventId,
    { ...plan, entrants: new Map(), results: null, corrections: [], confirmation: null, promotions: [], honours: [] },
  ]);
  return { ...competition, contestEvents: new Map(states), honoured: new Set() };
}

export function evolveCompetition(state: CompetitionState, event: CompetitionEvent): CompetitionState {
  switch (event.type) {
    case 'competition.CompetitionRegistered':
      return registered(event.data);
    case 'competition.EntrantRegistered': {
      const { competitionId: _c, ...entrant } = event.data;
      return change(state, entrant.contestEventId, (e) => ({
        ...e,
        entrants: new Map(e.entrants).set(entrant.entrantId, entrant),
      }));
    }
    case 'competition.ResultsPublished':
      return change(state, event.data.contestEventId, (e) => ({
        ...e,
        results: new Map(event.data.results.map(({ entrantId, workerId: _w, ...result }) => [entrantId, result])),
      }));
    case 'competition.ResultCorrected': {
      const { competitionId: _c, contestEventId, workerId: _w, ...correction } = event.data;
      return change(state, contestEventId, (e) => ({
        ...e,
        results: new Map(e.results).set(correction.entrantId, correction.corrected),
        corrections: [...e.corrections, correction],
      }));
    }
    case 'competition.ContestEventConfirmed': {
      const { confirmedAt, capped } = event.data;
      return change(state, event.data.contestEventId, (e) => ({ ...e, confirmation: { confirmedAt, capped } }));
    }
    case 'competition.PromotionAwarded': {
      const { entrantId, workerId, fromLevel, level, ruleId } = event.data;
      return change(state, event.data.contestEventId, (e) => ({
        ...e,
        promotions: [...e.promotions, { entrantId, workerId, fromLevel, level, ruleId }],
      }));
    }
    case 'competition.HonourEarned': {
      const { entrantId, workerId, honour, ruleId } = event.data;
      const next = change(state, event.data.contestEventId, (e) => ({
        ...e,
        honours: [...e.honours, { entrantId, workerId, honour, ruleId }],
      }));
      return next && { ...next, honoured: new Set(next.honoured).add(honourKey(workerId, honour)) };
    }
  }
}
