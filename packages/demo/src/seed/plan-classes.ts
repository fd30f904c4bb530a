import type { NewClass, TrainingItem } from '../api-types.ts';
import { dayAfter } from '../days.ts';
import { demoOccupations as o } from './demo-occupations.ts';
import { sichuanCuisine } from './plan-providers.ts';

/** A class a demo provider files (docs/domain.md §7.1), starting some days after the seed runs. */
export interface DemoClass {
  readonly providerId: string;
  readonly body: NewClass;
}

type Plan = Omit<NewClass, 'classId' | 'sittings'> & { readonly days: number; readonly evening?: boolean };

const occupation = (code: string): TrainingItem => ({ kind: 'occupation', code });

/** One sitting a day: a working day of 3 h theory and 4 h practice, or an evening of 2 h theory online. */
function sittings(firstDay: string, days: number, evening: boolean): NewClass['sittings'] {
  return Array.from({ length: days }, (_, i) => ({
    sittingId: `d${i + 1}`,
    date: dayAfter(firstDay, i),
    ...(evening
      ? { start: '19:00', end: '21:00', theoryHours: 2, practicalHours: 0 }
      : { start: '09:00', end: '17:00', theoryHours: 3, practicalHours: 4 }),
  }));
}

const planned: readonly (readonly [string, string, Plan])[] = [
  [
    'cd-sichuan-cuisine-school',
    'chef-01',
    {
      name: '川菜师傅 中式烹调师（四级）第1期',
      item: occupation(o.cook.code),
      targetLevel: 'level4',
      kind: 'employment',
      deliveryModel: 'project',
      brand: 'sichuan-cuisine-chef',
      capacity: 40,
      subsidised: true,
      days: 10,
    },
  ],
  [
    'cd-sichuan-cuisine-school',
    'chef-02',
    {
      name: '川菜师傅 川菜烹饪专项能力',
      item: sichuanCuisine,
      targetLevel: null,
      kind: 'employment',
      deliveryModel: 'targeted',
      brand: 'sichuan-cuisine-chef',
      capacity: 30,
      subsidised: true,
      days: 5,
    },
  ],
  [
    'cd-public-training-base',
    'malan-01',
    {
      name: '马兰花创业培训（川菜小店）',
      item: sichuanCuisine,
      targetLevel: null,
      kind: 'entrepreneurship',
      deliveryModel: 'project',
      brand: null,
      capacity: 30,
      subsidised: true,
      days: 3,
    },
  ],
  [
    'dy-dongfang-training-centre',
    'apprentice-01',
    {
      name: '企业新型学徒制 焊工（四级）2027级',
      item: occupation(o.welder.code),
      targetLevel: 'level4',
      kind: 'apprenticeship',
      deliveryModel: 'order',
      brand: 'tianfu-technician',
      capacity: 20,
      subsidised: true,
      days: 12,
    },
  ],
  [
    'my-vocational-school',
    'safety-01',
    {
      name: '电工特种作业安全技能培训',
      item: occupation(o.electrician.code),
      targetLevel: null,
      kind: 'safety',
      deliveryModel: 'park',
      brand: null,
      capacity: 50,
      subsidised: false,
      days: 4,
    },
  ],
  [
    'yb-cross-enterprise-centre',
    'digital-01',
    {
      name: '天府数智工匠 网络与信息安全管理员（三级）',
      item: occupation(o.networkSecurity.code),
      targetLevel: 'level3',
      kind: 'upskilling',
      deliveryModel: 'park',
      brand: 'tianfu-digital-craftsman',
      capacity: 35,
      subsidised: true,
      days: 8,
    },
  ],
  [
    'gz-kangding-training-institute',
    'bamboo-01',
    {
      name: '天府新农人 竹编专项能力',
      item: { kind: 'special-ability', code: 'S51-0002' },
      targetLevel: null,
      kind: 'employment',
      deliveryModel: 'targeted',
      brand: 'tianfu-new-farmer',
      capacity: 25,
      subsidised: true,
      days: 6,
    },
  ],
  [
    'sc-online-skills-platform',
    'care-online-01',
    {
      name: '养老护理员（五级）线上理论班',
      item: occupation(o.elderlyCare.code),
      targetLevel: 'level5',
      kind: 'employment',
      deliveryModel: 'project',
      brand: null,
      capacity: 200,
      subsidised: true,
      days: 6,
      evening: true,
    },
  ],
  [
    'ya-tea-vocational-school',
    'tea-01',
    {
      name: '评茶员（四级）岗位技能提升',
      item: occupation(o.teaTaster.code),
      targetLevel: 'level4',
      kind: 'upskilling',
      deliveryModel: 'order',
      brand: null,
      capacity: 30,
      subsidised: true,
      days: 5,
    },
  ],
];

/**
 * The demo's classes, each starting a fortnight or more after `today` (YYYY-MM-DD), since a class is
 * filed before it starts; ids are fixed, so a later run finds them filed.
 */
export function demoClasses(today: string): readonly DemoClass[] {
  return planned.map(([providerId, id, { days, evening = false, ...plan }], i) => {
    const firstDay = dayAfter(today, 14 + 7 * i);
    return {
      providerId,
      body: { ...plan, classId: `${providerId}-${id}`, sittings: sittings(firstDay, days, evening) },
    };
  });
}
