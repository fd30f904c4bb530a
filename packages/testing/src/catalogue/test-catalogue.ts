import {
  type CatalogueEvent,
  type CatalogueState,
  emptyCatalogue,
  evolveCatalogue,
} from '@tianfu/catalogue-view/state';
import type { EligibilityDeviation } from '@tianfu/contracts';
import { groupAdded, occupationAdded, standardAdded } from './catalogue-event-builders.ts';

const reason = '测试目录 (test catalogue)';

/** ⚠ as in the demo seed: one 养老护理员 standard reads 四级 = 五级 + 2 yrs (docs/domain.md §2.3). */
const elderlyCareLevel4: EligibilityDeviation = {
  kind: 'replace',
  ruleId: 'B-level4-2',
  rule: {
    id: 'B-level4-2/4-10-01-05@2022',
    text: '五级 + 2 yrs',
    allOf: [{ kind: 'holds-level', level: 'level5', yearsSince: 2 }],
  },
};

/**
 * A small catalogue for every service's tests, as the catalogue's events build it: the six
 * occupations the platform began with and their standards (the demo seed's versions, templates and
 * deviation), 评茶师 as an occupation beyond them, and one of each state a filing must refuse:
 * 电工's 2009 standard superseded by 2018, 焊工's 2009 standard retired, 评茶师's 2030 standard not
 * yet in force, and a retired occupation 6-31-01-99 with a standard of its own.
 */
export const testCatalogueEvents: readonly CatalogueEvent[] = [
  groupAdded('4', '社会生产服务和生活服务人员'),
  groupAdded('4-03', '住宿和餐饮服务人员'),
  groupAdded('4-03-02', '餐饮服务人员'),
  groupAdded('4-04', '信息传输、软件和信息技术服务人员'),
  groupAdded('4-04-04', '信息通信网络运行管理人员'),
  groupAdded('4-10', '居民服务人员'),
  groupAdded('4-10-01', '生活照料服务人员'),
  groupAdded('6', '生产制造及有关人员'),
  groupAdded('6-02', '食品、饮料生产加工人员'),
  groupAdded('6-02-06', '酒、饮料及精制茶制造人员'),
  groupAdded('6-18', '机械制造基础加工人员'),
  groupAdded('6-18-01', '机械冷加工人员'),
  groupAdded('6-18-02', '机械热加工人员'),
  groupAdded('6-31', '生产辅助人员'),
  groupAdded('6-31-01', '机械设备修理人员'),
  occupationAdded('6-31-01-03', '电工', { workTypes: ['维修电工', '安装电工'] }),
  occupationAdded('6-18-02-04', '焊工'),
  occupationAdded('6-18-01-01', '车工', { workTypes: ['数控车工'] }),
  occupationAdded('4-03-02-01', '中式烹调师', { workTypes: ['川菜烹调师'] }),
  occupationAdded('4-10-01-05', '养老护理员'),
  occupationAdded('4-04-04-02', '网络与信息安全管理员'),
  occupationAdded('6-02-06-11', '评茶师'),
  occupationAdded('6-31-01-99', '测试用已撤销职业'),
  standardAdded('6-31-01-03', '2009', '2009-01-01'),
  standardAdded('6-31-01-03', '2018', '2018-12-01'),
  standardAdded('6-18-02-04', '2009', '2009-01-01'),
  standardAdded('6-18-02-04', '2018', '2018-12-01'),
  standardAdded('6-18-01-01', '2022', '2022-01-01', { template: 'B' }),
  standardAdded('4-03-02-01', '2022', '2022-01-01', { template: 'B' }),
  standardAdded('4-10-01-05', '2022', '2022-01-01', { template: 'B', deviations: [elderlyCareLevel4] }),
  standardAdded('4-04-04-02', '2022', '2022-01-01', { template: 'B' }),
  standardAdded('6-02-06-11', '2019', '2019-01-01'),
  standardAdded('6-02-06-11', '2030', '2030-01-01', { template: 'B' }),
  standardAdded('6-31-01-99', '2018', '2018-01-01'),
  {
    type: 'catalogue.StandardSuperseded',
    data: {
      occupationCode: '6-31-01-03',
      version: '2009',
      supersededOn: '2018-12-01',
      successorVersion: '2018',
      reason,
    },
  },
  {
    type: 'catalogue.StandardRetired',
    data: { occupationCode: '6-18-02-04', version: '2009', retiredOn: '2018-12-01', reason },
  },
  { type: 'catalogue.OccupationRetired', data: { code: '6-31-01-99', retiredOn: '2024-01-01', reason } },
];

/** The test catalogue as a reader holds it once caught up; `more` events folded after it. */
export const testCatalogue = (...more: readonly CatalogueEvent[]): CatalogueState =>
  [...testCatalogueEvents, ...more].reduce(evolveCatalogue, emptyCatalogue());
