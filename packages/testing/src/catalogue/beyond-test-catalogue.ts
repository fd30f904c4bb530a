import type { CatalogueEvent } from '@tianfu/catalogue-view/state';
import { occupationAdded, standardAdded } from './catalogue-event-builders.ts';

/** 茶叶加工工: an occupation the test catalogue does not hold, for tests that import one while a service runs. */
export const teaProcessor = '6-02-06-10';

const reason = '大典 2022';

/** The catalogue's events importing 茶叶加工工 and its 2009 standard, which ends at 三级. */
export const teaProcessorImported: readonly CatalogueEvent[] = [
  occupationAdded(teaProcessor, '茶叶加工工', { reason }),
  standardAdded(teaProcessor, '2009', '2009-04-24', { title: '茶叶加工工 国家职业标准', levels: [5, 4, 3], reason }),
];
