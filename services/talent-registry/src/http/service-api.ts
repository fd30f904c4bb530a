import type { ServiceApi } from '@tianfu/service-kit';

/** The talent-registry service's OpenAPI header: its default port (as main.ts declares it), what it is for, its tags. */
export const talentRegistryApi: ServiceApi = {
  name: 'talent-registry',
  port: 4103,
  description:
    'Talent registry: the talent office and employers grant honours, register master studios and skills bases, and appoint 特级技师 and 首席技师.',
  tags: {
    honours: 'Honours: the catalogue, grants and revocations',
    bases: 'Master studios and skills bases',
    appointments: '特级技师 and 首席技师 appointments',
  },
};
