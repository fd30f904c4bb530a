import type { PersonalDataPort } from '@tianfu/service-kit';
import type { z } from 'zod';
import { contestEventStatus } from '../application/competition-list.ts';
import { ruleSetSummary } from '../application/rule-set-terms.ts';
import type { Competition, ContestEventState, Entrant } from '../domain/competition-state.ts';
import type { CompetitionViewSchema, ContestEventViewSchema, EntrantViewSchema } from './view-schemas.ts';

type People = Awaited<ReturnType<PersonalDataPort['openMany']>>;

export const entrantView = (entrant: Entrant, people: People): z.input<typeof EntrantViewSchema> => ({
  entrantId: entrant.entrantId,
  workerId: entrant.workerId,
  name: people.get(entrant.workerId)?.name ?? null,
  maskedIdNumber: people.get(entrant.workerId)?.maskedIdNumber ?? null,
  track: entrant.track,
  heldLevel: entrant.heldLevel,
  teamId: entrant.teamId,
});

function contestEventView(e: ContestEventState, people: People): z.input<typeof ContestEventViewSchema> {
  return {
    contestEventId: e.contestEventId,
    name: e.name,
    occupationCode: e.occupationCode,
    workType: e.workType,
    level: e.level,
    teamSize: e.teamSize,
    track: e.track,
    status: contestEventStatus(e),
    entrants: [...e.entrants.values()].map((entrant) => entrantView(entrant, people)),
    results: e.results && [...e.results].map(([entrantId, result]) => ({ entrantId, ...result })),
    corrections: [...e.corrections],
    confirmedAt: e.confirmation?.confirmedAt ?? null,
    promotions: [...e.promotions],
    honours: [...e.honours],
    capped: [...(e.confirmation?.capped ?? [])],
  };
}

const workersOf = (events: readonly ContestEventState[]) =>
  events.flatMap((e) => [...e.entrants.values()].map((entrant) => entrant.workerId));

/** A contest event with its entrants' names and masked ID numbers opened from the vault. */
export async function contestEventWithPeople(e: ContestEventState, personalData: PersonalDataPort) {
  return contestEventView(e, await personalData.openMany(workersOf([e])));
}

export async function competitionView(
  competition: Competition,
  revision: number,
  personalData: PersonalDataPort,
): Promise<z.input<typeof CompetitionViewSchema>> {
  const events = [...competition.contestEvents.values()];
  const people = await personalData.openMany(workersOf(events));
  return {
    competitionId: competition.competitionId,
    name: competition.name,
    tier: competition.tier,
    ruleSet: ruleSetSummary(competition.ruleSetId),
    year: competition.year,
    organiser: competition.organiser,
    issuingBody: competition.issuingBody,
    registeredAt: competition.registeredAt,
    revision,
    contestEvents: events.map((e) => contestEventView(e, people)),
  };
}
