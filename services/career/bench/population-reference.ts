import { type EventEnvelope, type SichuanRegionCode, sichuanRegions, usccCheckChar } from '@tianfu/contracts';
import type { Random } from '@tianfu/testing';
import { industryKeys } from '../src/domain/industries.ts';
import { dayOf, instantOn, isoDay } from './bench-days.ts';
import { benchEnvelope } from './bench-envelopes.ts';

export type TopicKey = 'assessment' | 'certification' | 'talent' | 'competition';

export interface PopulationEvent {
  readonly topic: TopicKey;
  readonly event: EventEnvelope;
}

/** Hands out event numbers in the order events are produced. */
export interface EventNumbers {
  next(): number;
}

/**
 * Skilled workers by 市(州): roughly the 2020 census population (millions), 成都 weighted up for
 * its share of industry. ⚠ Our estimate for a realistic spread, not a statistic.
 */
export const regionWeights: readonly (readonly [SichuanRegionCode, number])[] = [
  ['510100', 30],
  ['510300', 3],
  ['510400', 2],
  ['510500', 4.5],
  ['510600', 4.5],
  ['510700', 5.5],
  ['510800', 2.3],
  ['510900', 3],
  ['511000', 3],
  ['511100', 3.5],
  ['511300', 5],
  ['511400', 3],
  ['511500', 5],
  ['511600', 2.8],
  ['511700', 4.5],
  ['511800', 1.4],
  ['511900', 2],
  ['512000', 2],
  ['513200', 0.7],
  ['513300', 0.8],
  ['513400', 3.5],
];

export interface BenchBody {
  readonly bodyId: string;
  readonly filingNo: string;
  readonly name: string;
  readonly regionCode: SichuanRegionCode;
}

const BODIES = 300;
const bodyKinds = [
  { kind: 'Y', category: 'technical-college', name: '技师学院' },
  { kind: 'Y', category: 'employer', name: '制造有限公司' },
  { kind: 'S', category: 'social-organisation', name: '职业技能评价中心' },
] as const;

/** About 300 registered bodies spread like the workers, at least two in every 市(州). */
export function benchBodies(): Map<SichuanRegionCode, BenchBody[]> {
  const total = regionWeights.reduce((sum, [, w]) => sum + w, 0);
  const byRegion = new Map<SichuanRegionCode, BenchBody[]>();
  let n = 0;
  for (const [regionCode, weight] of regionWeights) {
    const short = sichuanRegions.find((r) => r.code === regionCode)?.shortName ?? regionCode;
    const count = Math.max(2, Math.round((BODIES * weight) / total));
    byRegion.set(
      regionCode,
      Array.from({ length: count }, (_, k) => {
        n += 1;
        const kind = bodyKinds[n % bodyKinds.length] as (typeof bodyKinds)[number];
        const sequence = String(n).padStart(6, '0');
        return {
          bodyId: `bench-body-${n}`,
          filingNo: `${kind.kind}000051${sequence}`,
          name: `${short}${kind.name}${k + 1}`,
          regionCode,
        };
      }),
    );
  }
  return byRegion;
}

export function bodyRegistered(body: BenchBody, numbers: EventNumbers): PopulationEvent {
  const n = Number(body.filingNo.slice(-6));
  const kind = bodyKinds[n % bodyKinds.length] as (typeof bodyKinds)[number];
  const creditStart = `91${body.regionCode}MA${String(n).padStart(7, '0')}`;
  const at = instantOn(dayOf('2018-01-01') + n);
  const data = {
    bodyId: body.bodyId,
    filingNo: body.filingNo,
    kind: kind.kind,
    name: body.name,
    creditCode: `${creditStart}${usccCheckChar(creditStart)}`,
    regionCode: body.regionCode,
    registeredAt: at,
    category: kind.category,
  };
  const stream = { streamId: `body-${body.bodyId}`, workerId: null, at, actor: 'assessment' };
  return { topic: 'assessment', event: benchEnvelope(numbers.next(), 'assessment.BodyRegistered', 2, stream, data) };
}

const baseKinds = [
  ['master-studio', 5],
  ['high-skill-training-base', 3],
  ['public-training-base', 1],
  ['park-cultivation-base', 3],
] as const;
const baseLevels = [
  ['national', 1],
  ['provincial', 4],
  ['municipal', 6],
] as const;

/** Studios and bases the plan counts (docs/domain.md §5.3), on the talent topic. */
export function baseRegistered(n: number, random: Random, numbers: EventNumbers): PopulationEvent {
  const regionCode = random.weighted(regionWeights);
  const establishedOn = isoDay(random.int(dayOf('2019-01-01'), dayOf('2026-10-31')));
  const data = {
    baseId: `bench-base-${n}`,
    kind: random.weighted(baseKinds),
    name: `技能人才基地${n}`,
    level: random.weighted(baseLevels),
    regionCode,
    industry: random.pick(industryKeys),
    establishedOn,
    masterWorkerId: null,
    memberWorkerIds: [],
  };
  const stream = {
    streamId: `base-${data.baseId}`,
    workerId: null,
    at: `${establishedOn}T02:00:00.000Z`,
    actor: 'talent',
  };
  return { topic: 'talent', event: benchEnvelope(numbers.next(), 'talent.BaseRegistered', 1, stream, data) };
}
