import type { ServiceApi } from '@tianfu/service-kit';

/** The career service's OpenAPI header: its default port (as main.ts declares it), what it is for, its tags. */
export const careerApi: ServiceApi = {
  name: 'career',
  port: 4105,
  description:
    "Career: each worker's ladder as of any date, the talent pool and the plan indicators, projected from the other services' events; for HR departments, planners and the workers themselves.",
  tags: {
    workers: "A worker's ladder, the lookup by ID document, erasure of personal data",
    'talent-pool': 'Search and export of the talent pool',
    indicators: 'Plan indicators over a period',
    admin: 'Rebuilding the read models',
  },
};
