import { api, ok, okOrNull } from '../../api/clients.ts';

export type CompetitionLine = Awaited<ReturnType<typeof listCompetitions>>[number];
export type CompetitionView = Awaited<ReturnType<typeof loadCompetition>>;
export type ContestEventView = CompetitionView['contestEvents'][number];

export async function listCompetitions(year: number | undefined) {
  const answer = await ok(api.competition.GET('/v1/competitions', { params: { query: { year } } }));
  return answer.items;
}

/** The bodies and tiers the authority granted the organiser; none when it granted nothing yet. */
export async function grantsOf(organiserId: string) {
  const organiser = await okOrNull(
    api.competition.GET('/v1/organisers/{organiserId}', { params: { path: { organiserId } } }),
  );
  return organiser?.grants ?? [];
}

export const loadCompetition = (competitionId: string) =>
  ok(api.competition.GET('/v1/competitions/{competitionId}', { params: { path: { competitionId } } }));
