import type { ServiceApi } from '@tianfu/service-kit';

/** The catalogue service's OpenAPI header: its default port (as main.ts declares it), what it is for, its tags. */
export const catalogueApi: ServiceApi = {
  name: 'catalogue',
  port: 4109,
  description:
    'Catalogue: the occupation and standard catalogue (大典 occupations, 工种, standard versions, 新职业, 专项职业能力), kept by 四川省人社厅 and read by anyone.',
  tags: {
    reading: 'The public catalogue',
    occupations: 'Occupations and their standard versions',
    'groups-and-abilities': '大典 groups and 专项职业能力',
    imports: 'Catalogue sheets imported whole or not at all',
  },
};
