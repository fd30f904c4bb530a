import type { ContestResult } from '@tianfu/contracts';
import type { Competition, CompetitionEmitted, ContestEventState, Entrant } from './competition-state.ts';
import type { Awards } from './promotion-rules/awards.ts';

/**
 * The PromotionAwarded and HonourEarned events of a confirmation, keyed by workerId: everything
 * certification needs to issue (level, body, 工种) and the name sealed, never in clear.
 */
export function awardEvents(
  competition: Competition,
  contestEvent: ContestEventState,
  confirmed: { readonly confirmedAt: string; readonly confirmedOn: string },
  awarded: Awards,
): CompetitionEmitted[] {
  const common = {
    competitionId: competition.competitionId,
    competitionName: competition.name,
    tier: competition.tier,
    year: competition.year,
    contestEventId: contestEvent.contestEventId,
    ...confirmed,
  };
  const { confirmedAt } = confirmed;
  const entrantOf = (entrantId: string) => contestEvent.entrants.get(entrantId) as Entrant;
  const resultOf = (entrantId: string) => contestEvent.results?.get(entrantId) as ContestResult;
  const promotions = awarded.promotions.map((p): CompetitionEmitted => {
    const { holderName, track } = entrantOf(p.entrantId);
    const { rank, medal } = resultOf(p.entrantId);
    const { occupationCode, workType } = contestEvent;
    return {
      type: 'competition.PromotionAwarded',
      data: {
        ...common,
        ...p,
        holderName,
        track,
        rank,
        medal,
        occupationCode,
        workType,
        issuingBody: competition.issuingBody,
      },
      workerId: p.workerId,
      occurredAt: confirmedAt,
    };
  });
  const honours = awarded.honours.map(
    (h): CompetitionEmitted => ({
      type: 'competition.HonourEarned',
      data: { ...common, ...h, holderName: entrantOf(h.entrantId).holderName },
      workerId: h.workerId,
      occurredAt: confirmedAt,
    }),
  );
  return [...promotions, ...honours];
}
