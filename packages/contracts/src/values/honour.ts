import { z } from 'zod';

/** How an honour is conferred (docs/domain.md §4.2): by selection, by a competition result, or as a programme. */
export type HonourChannel = 'selection' | 'competition' | 'selection-or-competition' | 'programme';

export interface HonourEntry {
  readonly code: string;
  readonly name: string;
  readonly conferredBy: string;
  readonly channel: HonourChannel;
  readonly scope: 'national' | 'provincial';
}

/**
 * The honours register of docs/domain.md §4.2 as data. An honour is a dated fact beside the ladder,
 * not a level; a worker holds each honour at most once per round.
 */
export const honourCatalogue = [
  {
    code: 'china-skills-award',
    name: '中华技能大奖',
    conferredBy: '人力资源社会保障部',
    channel: 'selection',
    scope: 'national',
  },
  {
    code: 'national-technical-expert',
    name: '全国技术能手',
    conferredBy: '人力资源社会保障部',
    channel: 'selection-or-competition',
    scope: 'national',
  },
  {
    code: 'sichuan-skill-master',
    name: '四川技能大师',
    conferredBy: '四川省人力资源和社会保障厅（会同经信厅、教育厅、国资委、总工会）',
    channel: 'selection',
    scope: 'provincial',
  },
  {
    code: 'sichuan-technical-expert',
    name: '四川省技术能手',
    conferredBy: '四川省人力资源和社会保障厅',
    channel: 'selection-or-competition',
    scope: 'provincial',
  },
  {
    code: 'sichuan-craftsman',
    name: '四川工匠',
    conferredBy: '四川省总工会、经信厅、人社厅',
    channel: 'selection-or-competition',
    scope: 'provincial',
  },
  {
    code: 'sichuan-youth-post-expert',
    name: '四川省青年岗位能手',
    conferredBy: '共青团四川省委 ⚠',
    channel: 'competition',
    scope: 'provincial',
  },
  { code: 'tianfu-craftsman', name: '天府工匠', conferredBy: '四川省', channel: 'programme', scope: 'provincial' },
  {
    code: 'high-skill-leading-talent',
    name: '高技能领军人才',
    conferredBy: '四川省人力资源和社会保障厅 ⚠',
    channel: 'selection',
    scope: 'provincial',
  },
] as const satisfies readonly HonourEntry[];

export type HonourCode = (typeof honourCatalogue)[number]['code'];

const honourCodes = honourCatalogue.map((h) => h.code) as [HonourCode, ...HonourCode[]];

export const HonourCodeSchema = z.enum(honourCodes, {
  error: `honour is one of ${honourCodes.join(', ')} (docs/domain.md §4.2)`,
});

export const findHonour = (code: HonourCode): HonourEntry =>
  honourCatalogue.find((h) => h.code === code) as HonourEntry;
