import type { ContestEventView } from '../clients/competition-client.ts';
import type { Platform } from '../platform.ts';
import type { OwedCertificates } from './issued-certificates.ts';
import type { PlannedCompetition, PlannedContestEvent } from './plan-competitions.ts';
import type { Tally } from './tally.ts';

interface Run {
  readonly platform: Platform;
  readonly competition: PlannedCompetition;
  readonly tally: Tally;
  readonly owed: OwedCertificates;
}

async function runContestEvent(
  { platform, competition: plannedCompetition, tally, owed }: Run,
  planned: PlannedContestEvent,
) {
  const { competition } = platform;
  const { competitionId, issuingBody } = plannedCompetition.registration;
  const { confirmedOn } = plannedCompetition;
  const view = (await competition.competition(competitionId))?.contestEvents.find(
    (e) => e.contestEventId === planned.contestEventId,
  );
  if (view === undefined)
    throw new Error(`competition ${competitionId} has no contest event ${planned.contestEventId}`);
  if (view.status === 'open') {
    const entered = new Set(view.entrants.map((e) => e.entrantId));
    for (const { passer: _, ...entrant } of planned.entrants) {
      if (!entered.has(entrant.entrantId)) await competition.enter(competitionId, entrant);
    }
    await competition.publishResults(competitionId, planned.contestEventId, planned.results);
  }
  const confirmed: ContestEventView =
    view.status === 'confirmed' ? view : await competition.confirm(competitionId, planned.contestEventId, confirmedOn);
  const done = view.status === 'confirmed' ? 'existing' : 'created';
  tally.add('contest events confirmed', done);
  tally.add('competition promotions', done, confirmed.promotions.length);
  tally.add('competition titles', done, confirmed.honours.length);
  if (done === 'created') {
    const year = Number(confirmedOn.slice(0, 4));
    for (const { level } of confirmed.promotions) owed.add(issuingBody.filingNo, year, level, 1);
  }
}

/**
 * A competition as its organiser runs it: registered, workers entered, results published, each
 * contest event confirmed (核准), which promotes and confers titles. What an earlier run did is skipped.
 */
export async function seedCompetition(run: Run): Promise<void> {
  const { platform, competition: planned, tally } = run;
  const { competitionId } = planned.registration;
  const existing = await platform.competition.competition(competitionId);
  if (existing === null) await platform.competition.register(planned.registration);
  tally.add('competitions', existing === null ? 'created' : 'existing');
  for (const event of planned.events) await runContestEvent(run, event);
}
