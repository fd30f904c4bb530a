import { ok } from '@tianfu/api-client';
import type { JourneyCast, Platform } from '@tianfu/demo';
import type { CommandLog } from './command-log.ts';
import { ELECTRICIAN, TIER } from './load-setup.ts';
import type { RoundPlan } from './round-plan.ts';

const medals = ['gold', 'silver', 'bronze'] as const;

/** The round's contest: registered, the session's best passers entered, results published, confirmed (核准). */
export async function runContest(platform: Platform, cast: JourneyCast, plan: RoundPlan, log: CommandLog) {
  const { competition } = platform.organiser;
  const { competitionId, contestEventId } = plan;
  const { body } = cast;
  const path = { competitionId };
  await log.send({
    label: `register ${competitionId}`,
    store: 'competition',
    command: () =>
      ok(
        competition.POST('/v1/competitions', {
          body: {
            competitionId,
            name: `四川省电工职业技能竞赛（${cast.runId}-${plan.round}）`,
            tier: TIER,
            year: Number(plan.session.date.slice(0, 4)),
            issuingBody: { bodyId: body.bodyId, filingNo: body.filingNo, bodyName: body.name },
            contestEvents: [
              { contestEventId, name: '电工', occupationCode: ELECTRICIAN, level: 'level2', track: 'employee' },
            ],
          },
        }),
      ),
    expects: () => [{ type: 'competition.CompetitionRegistered', where: { competitionId }, count: 1 }],
    appliedBefore: ['COMPETITION_ALREADY_REGISTERED'],
  });
  const entrantIds = plan.entrants.map((_, i) => `${contestEventId}-0${i + 1}`);
  for (const [i, person] of plan.entrants.entries()) {
    const entrantId = entrantIds[i] as string;
    await log.send({
      label: `enter ${entrantId}`,
      store: 'competition',
      command: () =>
        ok(
          competition.POST('/v1/competitions/{competitionId}/entrants', {
            params: { path },
            body: { contestEventId, entrantId, ...person, heldLevel: 'level2' },
          }),
        ),
      expects: () => [{ type: 'competition.EntrantRegistered', where: { competitionId, entrantId }, count: 1 }],
      appliedBefore: ['ENTRANT_ALREADY_REGISTERED'],
    });
  }
  const results = entrantIds.map((entrantId, i) => ({ entrantId, rank: i + 1, medal: medals[i] ?? null }));
  const event = { competitionId, contestEventId };
  await log.send({
    label: `publish results of ${contestEventId}`,
    store: 'competition',
    command: () =>
      ok(
        competition.POST('/v1/competitions/{competitionId}/results', {
          params: { path },
          body: { contestEventId, results },
        }),
      ),
    expects: () => [{ type: 'competition.ResultsPublished', where: event, count: 1 }],
    appliedBefore: ['RESULTS_ALREADY_PUBLISHED'],
  });
  await log.send({
    label: `confirm ${contestEventId}`,
    store: 'competition',
    command: () =>
      ok(competition.POST('/v1/competitions/{competitionId}/confirm', { params: { path }, body: { contestEventId } })),
    expects: (confirmed) => [
      { type: 'competition.ContestEventConfirmed', where: event, count: 1 },
      ...(confirmed === null
        ? []
        : [{ type: 'competition.PromotionAwarded', where: event, count: confirmed.promotions.length }]),
    ],
    appliedBefore: ['CONTEST_EVENT_CONFIRMED'],
  });
}
