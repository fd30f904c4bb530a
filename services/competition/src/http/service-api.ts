import type { ServiceApi } from '@tianfu/service-kit';

/** The competition service's OpenAPI header: its default port (as main.ts declares it), what it is for, its tags. */
export const competitionApi: ServiceApi = {
  name: 'competition',
  port: 4104,
  description:
    'Competition: organisers register competitions, entrants and results; confirmed (核准) results promote entrants and confer titles.',
  tags: {
    competitions: 'Competitions and their contest events',
    entrants: 'Entrants, alone or in teams',
    results: 'Results: publish, correct, confirm',
    organisers: "Organisers' grants to promote for evaluation bodies",
  },
};
