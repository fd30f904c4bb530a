import { type Random, randomFor } from '@tianfu/testing';
import type { CertifiedLevel, NewProvider, PastClass, TrainingItem } from '../api-types.ts';
import { dayAfter } from '../days.ts';
import type { DemoPeople } from '../people/demo-people.ts';
import type { DemoProvider } from '../seed/plan-providers.ts';
import { demoYears } from '../seed/plan-sessions.ts';
import { classBrand, itemName, mayTrainApprentices } from './item-traits.ts';
import { type PastTrainee, pastTrainees } from './past-trainees.ts';

/** A class of 2023–2025 the training office records late (补录), with the trainees of its roster sheet. */
export interface PastClassPlan {
  readonly providerId: string;
  readonly body: PastClass;
  readonly trainees: readonly PastTrainee[];
}

type Kind = PastClass['kind'];

const REASON = '2023–2025 年纸质培训台账补录（实名制系统上线前举办的班级）';
const kindNames: Readonly<Record<Kind, string>> = {
  employment: '就业技能培训',
  upskilling: '岗位技能提升培训',
  entrepreneurship: '马兰花创业培训',
  safety: '安全技能培训',
  apprenticeship: '企业新型学徒制',
};

const pad = (n: number) => String(n).padStart(2, '0');
function kindOf(random: Random, providerKind: NewProvider['kind'], item: TrainingItem): Kind {
  if (item.kind === 'occupation' && mayTrainApprentices(providerKind) && random.chance(0.2)) return 'apprenticeship';
  if (item.kind === 'special-ability' && random.chance(0.2)) return 'entrepreneurship';
  if (item.kind === 'occupation' && random.chance(0.1)) return 'safety';
  return random.chance(0.55) ? 'employment' : 'upskilling';
}

/** A working day of 3 h theory and 4 h practice, or an online evening of 2 h theory. */
function sittingsOf(firstDay: string, days: number, online: boolean): PastClass['sittings'] {
  return Array.from({ length: days }, (_, i) => ({
    sittingId: `d${i + 1}`,
    date: dayAfter(firstDay, i),
    ...(online
      ? { start: '19:00', end: '21:00', theoryHours: 2, practicalHours: 0 }
      : { start: '09:00', end: '17:00', theoryHours: 3, practicalHours: 4 }),
  }));
}

interface ClassSlot {
  readonly demo: DemoProvider;
  readonly item: TrainingItem;
  readonly year: number;
  readonly n: number;
}

function planClass(random: Random, people: DemoPeople, { demo, item, year, n }: ClassSlot): PastClassPlan {
  const { providerId, kind: providerKind, regionCode } = demo.provider;
  const online = providerKind === 'online-platform';
  const kind = kindOf(random, providerKind, item);
  const days = kind === 'apprenticeship' ? random.int(10, 15) : random.int(3, 10);
  const firstDay = `${year}-${pad(random.int(3, 11))}-${pad(random.int(1, 15))}`;
  const sittings = sittingsOf(firstDay, days, online);
  const count = online ? random.int(50, 100) : random.int(18, 40);
  const level: CertifiedLevel | null =
    item.kind === 'occupation' && kind !== 'safety' ? random.pick(['level5', 'level4', 'level4', 'level3']) : null;
  const body: PastClass = {
    classId: `${providerId}-h${year}-${pad(n)}`,
    name: `${itemName(item)} ${kindNames[kind]} ${year}年第${n}期`,
    item,
    targetLevel: level,
    kind,
    deliveryModel: kind === 'apprenticeship' ? 'order' : random.pick(['project', 'park', 'order', 'targeted']),
    brand: classBrand(random, item, kind),
    sittings,
    capacity: count + random.int(0, 10),
    subsidised: kind !== 'safety' || random.chance(0.5),
    reason: REASON,
  };
  const sittingIds = sittings.map((s) => s.sittingId);
  const needs = { count, regionCode, firstDay, sittingIds, apprentices: kind === 'apprenticeship' };
  return { providerId, body, trainees: pastTrainees(random, people, needs) };
}

/**
 * The history the office records late: each listed provider's items, three to six classes a year
 * over 2023–2025, some 300 classes and 10,000 trainees. Fixed by the seeded random, ids included.
 */
export function planPastClasses(providers: readonly DemoProvider[], people: DemoPeople): PastClassPlan[] {
  return providers
    .filter((demo) => demo.suspension === null)
    .flatMap((demo) =>
      demo.provider.items.flatMap((item) =>
        demoYears.flatMap((year) => {
          const random = randomFor(`past-classes:${demo.provider.providerId}:${item.code}:${year}`);
          const classes = random.int(3, 6);
          const offset = demo.provider.items.indexOf(item) * 6;
          return Array.from({ length: classes }, (_, i) =>
            planClass(random, people, { demo, item, year, n: offset + i + 1 }),
          );
        }),
      ),
    );
}
