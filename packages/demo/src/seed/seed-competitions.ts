import { ok, okOrNull } from '@tianfu/api-client';
import { CertifiedLevelSchema } from '@tianfu/contracts';
import type { ContestEventView } from '../api-types.ts';
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
  const { competition } = platform.organiser;
  const { competitionId } = plannedCompetition.registration;
  const { confirmedOn } = plannedCompetition;
  const { contestEventId } = planned;
  const path = { competitionId };
  const view = (await competitionOf(platform, competitionId))?.contestEvents.find(
    (e) => e.contestEventId === planned.contestEventId,
  );
  if (view === undefined)
    throw new Error(`competition ${competitionId} has no contest event ${planned.contestEventId}`);
  if (view.status === 'open') {
    const entered = new Set(view.entrants.map((e) => e.entrantId));
    for (const { passer: _, ...entrant } of planned.entrants) {
      if (entered.has(entrant.entrantId)) continue;
      await ok(competition.POST('/v1/competitions/{competitionId}/entrants', { params: { path }, body: entrant }));
    }
    const results = { contestEventId, results: [...planned.results] };
    await ok(competition.POST('/v1/competitions/{competitionId}/results', { params: { path }, body: results }));
  }
  const confirm = { contestEventId, confirmedOn };
  const confirmed: ContestEventView =
    view.status === 'confirmed'
      ? view
      : await ok(competition.POST('/v1/competitions/{competitionId}/confirm', { params: { path }, body: confirm }));
  const done = view.status === 'confirmed' ? 'existing' : 'created';
  tally.add('contest events confirmed', done);
  tally.add('competition promotions', done, confirmed.promotions.length);
  tally.add('competition titles', done, confirmed.honours.length);
  if (done === 'created') {
    const year = Number(confirmedOn.slice(0, 4));
    // The answer names the level as a string: a promotion is always to a certified level.
    for (const { level } of confirmed.promotions) {
      owed.add(plannedCompetition.filingNo, year, CertifiedLevelSchema.parse(level), 1);
    }
  }
}

/** The competition as its organiser sees it, or null before it is registered. */
const competitionOf = (platform: Platform, competitionId: string) =>
  okOrNull(
    platform.organiser.competition.GET('/v1/competitions/{competitionId}', { params: { path: { competitionId } } }),
  );

/**
 * A competition as its organiser runs it: registered, workers entered, results published, each
 * contest event confirmed (核准), which promotes and confers titles. What an earlier run did is skipped.
 */
export async function seedCompetition(run: Run): Promise<void> {
  const { platform, competition: planned, tally } = run;
  const { competitionId } = planned.registration;
  const existing = await competitionOf(platform, competitionId);
  if (existing === null)
    await ok(platform.organiser.competition.POST('/v1/competitions', { body: planned.registration }));
  tally.add('competitions', existing === null ? 'created' : 'existing');
  for (const event of planned.events) await runContestEvent(run, event);
}
