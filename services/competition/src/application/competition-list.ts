import { type ListedDocument, listingCollection } from '@tianfu/eventstore';
import type { Db } from 'mongodb';
import type { Competition, ContestEventState } from '../domain/competition-state.ts';

/** A contest event as the organiser's list shows it: where it stands, no one's name. */
export interface ContestEventLine {
  readonly contestEventId: string;
  readonly name: string;
  readonly status: 'open' | 'published' | 'confirmed';
  readonly entrants: number;
  readonly promotions: number;
}

export interface CompetitionLine extends ListedDocument {
  readonly competitionId: string;
  readonly name: string;
  readonly tier: string;
  readonly year: number;
  readonly organiser: string;
  readonly issuingBody: Competition['issuingBody'];
  readonly registeredAt: string;
  readonly contestEvents: ContestEventLine[];
}

export const contestEventStatus = (e: ContestEventState) =>
  e.confirmation !== null ? 'confirmed' : e.results !== null ? 'published' : 'open';

const lineOf = (competition: Competition, revision: number): CompetitionLine => ({
  _id: competition.competitionId,
  revision,
  competitionId: competition.competitionId,
  name: competition.name,
  tier: competition.tier,
  year: competition.year,
  organiser: competition.organiser,
  issuingBody: competition.issuingBody,
  registeredAt: competition.registeredAt,
  contestEvents: [...competition.contestEvents.values()].map((e) => ({
    contestEventId: e.contestEventId,
    name: e.name,
    status: contestEventStatus(e),
    entrants: e.entrants.size,
    promotions: e.promotions.length,
  })),
});

/** The competitions as listed: one line per competition stream, newest year first. */
export function competitionList(db: Db) {
  const lines = listingCollection<CompetitionLine>(db.collection('competition_list'));
  return {
    put: (competition: Competition, revision: number) => lines.put(lineOf(competition, revision)),
    /** An organiser's own; every one for the authority (organiser undefined). */
    find: (query: { readonly organiser?: string | undefined; readonly year?: number | undefined }) => {
      const filter = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
      return lines.find(filter, { year: -1, _id: 1 });
    },
  };
}

export type CompetitionList = ReturnType<typeof competitionList>;
