import { createHash } from 'node:crypto';
import { findHonour, type HonourCode, type SkillLevelKey } from '@tianfu/contracts';
import type { Random } from '@tianfu/testing';
import { FIRST_ASSESSMENT_DAY, instantOn, isoDay, LAST_DAY } from './bench-days.ts';
import { benchEnvelope, benchUuid } from './bench-envelopes.ts';
import { benchOccupations } from './bench-occupations.ts';
import type { BenchCompetition, MedalTable } from './population-competitions.ts';
import type { BenchBody, EventNumbers, PopulationEvent } from './population-reference.ts';

/** Lowest first: the index is the step above 学徒工, minus one. */
const certifiedLevels: readonly SkillLevelKey[] = ['level5', 'level4', 'level3', 'level2', 'level1'];
const HIGH_SKILL_FROM = 2; // level3, 三级/高级工 (docs/domain.md §1)
/** The highest step in the main occupation: 21% at 三级 or above (2.32 of 10.77 million, docs/domain.md §5.3). */
const highestWeights = [
  [0, 30],
  [1, 49],
  [2, 14.5],
  [3, 4.5],
  [4, 2],
] as const;
const occupationWeights = benchOccupations.map((_, i) => [i, [25, 20, 12, 18, 12, 13][i] ?? 10] as const);
const honourWeights: readonly (readonly [HonourCode, number])[] = [
  ['sichuan-technical-expert', 35],
  ['sichuan-craftsman', 20],
  ['tianfu-craftsman', 15],
  ['sichuan-youth-post-expert', 12],
  ['high-skill-leading-talent', 8],
  ['sichuan-skill-master', 6],
  ['national-technical-expert', 3],
  ['china-skills-award', 1],
];
const CERTIFICATE_IDS = 0xce;

export const benchWorkerId = (seed: number, i: number): string =>
  createHash('sha256').update(`bench-worker:${seed}:${i}`).digest('hex');

export interface WorkerContext {
  readonly random: Random;
  readonly numbers: EventNumbers;
  /** The bodies of the worker's 市(州): each certificate is issued by one of them. */
  readonly bodies: readonly BenchBody[];
  readonly competitions: readonly BenchCompetition[];
  readonly medals: MedalTable;
}

export interface WorkerHistory {
  readonly events: PopulationEvent[];
  /** Holds a certificate that counts (not revoked). */
  readonly certified: boolean;
  readonly highSkill: boolean;
  /** The honour held at the end (granted and not revoked), if any. */
  readonly honour: HonourCode | null;
}

interface Certificate {
  readonly occupation: number;
  readonly level: number;
  readonly day: number;
  readonly body: BenchBody;
}

const YEAR = 365;

/** A ladder in one occupation: steps from `from` to `to`, dated back from the top one, 1–4 years apart. */
function climb(ctx: WorkerContext, occupation: number, from: number, to: number, body: BenchBody): Certificate[] {
  const steps: Certificate[] = [];
  let day = ctx.random.int(FIRST_ASSESSMENT_DAY, LAST_DAY);
  for (let level = to; level >= from; level -= 1) {
    steps.unshift({ occupation, level, day, body });
    day -= ctx.random.int(YEAR, 4 * YEAR);
  }
  return steps;
}

function issued(ctx: WorkerContext, workerId: string, c: Certificate): PopulationEvent {
  const eventNo = ctx.numbers.next();
  const certificateId = benchUuid(CERTIFICATE_IDS, eventNo);
  const issuedOn = isoDay(c.day);
  const digit = 5 - c.level;
  const data = {
    certificateId,
    certificateNo: `${c.body.filingNo}${issuedOn.slice(2, 4)}${digit}${String(eventNo % 1_000_000).padStart(6, '0')}`,
    workerId,
    bodyId: c.body.bodyId,
    filingNo: c.body.filingNo,
    bodyName: c.body.name,
    occupationCode: benchOccupations[c.occupation]?.code,
    workType: '--',
    level: certifiedLevels[c.level],
    issuedOn,
    printSerial: `P${eventNo}`,
    holderName: null,
    statusEntry: { listId: 'bench', index: eventNo % 2 ** 24 },
    basis: {
      path: c.day < FIRST_ASSESSMENT_DAY ? 'legacy' : 'exam',
      sourceEventId: null,
      reference: `session bench-${c.body.bodyId}-${issuedOn} candidate ${eventNo}`,
    },
    issuedAt: instantOn(c.day),
  };
  const stream = { streamId: `certificate-${certificateId}`, workerId, at: data.issuedAt, actor: 'certification' };
  return { topic: 'certification', event: benchEnvelope(eventNo, 'certification.CertificateIssued', 1, stream, data) };
}

function revoked(ctx: WorkerContext, issuedEvent: PopulationEvent, day: number): PopulationEvent {
  const { certificateId, workerId } = issuedEvent.event.data as { certificateId: string; workerId: string };
  const at = instantOn(Math.min(LAST_DAY, day + ctx.random.int(30, 400)));
  const reason = ctx.random.chance(0.7) ? 'fraud' : 'issued-in-error';
  const data = { certificateId, workerId, at, reason, note: reason === 'fraud' ? '弄虚作假' : '误发' };
  const stream = { streamId: `certificate-${certificateId}`, workerId, at, actor: 'certification' };
  return {
    topic: 'certification',
    event: benchEnvelope(ctx.numbers.next(), 'certification.CertificateRevoked', 1, stream, data),
  };
}

/** An honour granted in a round of 2019–2026 (mid-June); 2% of grants are revoked that September. */
function honourEvents(ctx: WorkerContext, workerId: string): { events: PopulationEvent[]; held: HonourCode | null } {
  const honour = ctx.random.weighted(honourWeights);
  const year = ctx.random.int(2019, 2026);
  const grantId = `${honour}:${year}:${workerId}`;
  const grantedOn = `${year}-06-15`;
  const at = `${grantedOn}T02:00:00.000Z`;
  const data = {
    grantId,
    workerId,
    holderName: null,
    honour,
    round: String(year),
    grantedOn,
    authority: findHonour(honour).conferredBy,
    documentNo: `川人社函〔${year}〕${ctx.random.int(1, 300)}号`,
    source: { kind: 'decision' },
  };
  const stream = { streamId: `honour-${grantId}`, workerId, at, actor: 'talent' };
  const granted: PopulationEvent = {
    topic: 'talent',
    event: benchEnvelope(ctx.numbers.next(), 'talent.HonourGranted', 1, stream, data),
  };
  if (!ctx.random.chance(0.02)) return { events: [granted], held: honour };
  const revokedAt = `${year}-09-01T02:00:00.000Z`;
  const revocation = { grantId, workerId, reason: '撤销荣誉称号', at: revokedAt };
  const revokedEvent = benchEnvelope(
    ctx.numbers.next(),
    'talent.HonourRevoked',
    1,
    { ...stream, at: revokedAt },
    revocation,
  );
  return { events: [granted, { topic: 'talent', event: revokedEvent }], held: null };
}

function appointment(ctx: WorkerContext, workerId: string, top: Certificate): PopulationEvent[] {
  const start = top.day + ctx.random.int(YEAR, 3 * YEAR);
  const employer = ctx.bodies.find((b) => b.filingNo.startsWith('Y'));
  if (start > LAST_DAY || employer === undefined) return [];
  const appointmentId = `bench-appointment-${workerId.slice(0, 16)}`;
  const data = {
    appointmentId,
    workerId,
    holderName: null,
    post: ctx.random.chance(0.85) ? 'principal-technician' : 'chief-technician',
    employer: { bodyId: employer.bodyId, filingNo: employer.filingNo, bodyName: employer.name },
    occupationCode: benchOccupations[top.occupation]?.code,
    workType: '--',
    termStart: isoDay(start),
    termEnd: ctx.random.chance(0.3) ? null : isoDay(start + 5 * YEAR),
    eligibility: { basis: 'rule', ruleId: 'principal-technician', summary: '高级技师，聘任前考核合格' },
    appointedAt: instantOn(start),
  };
  const stream = { streamId: `appointment-${appointmentId}`, workerId, at: data.appointedAt, actor: 'talent' };
  return [{ topic: 'talent', event: benchEnvelope(ctx.numbers.next(), 'talent.AppointmentMade', 1, stream, data) }];
}

/** Other occupations: 75% hold a second (五级, sometimes then 四级), 25% a third (五级). */
function otherOccupations(ctx: WorkerContext, main: number): Certificate[] {
  const others: Certificate[] = [];
  const chances = [0.75, 0.25];
  for (const chance of chances) {
    if (!ctx.random.chance(chance)) continue;
    const occupation = ctx.random.weighted(occupationWeights);
    if (occupation === main || others.some((c) => c.occupation === occupation)) continue;
    const to = others.length === 0 && ctx.random.chance(0.4) ? 1 : 0;
    others.push(...climb(ctx, occupation, 0, to, ctx.random.pick(ctx.bodies)));
  }
  return others;
}

/**
 * One worker's events: certificates in the main occupation up to a drawn highest step (75% from
 * 五级, else one or two steps below the top), other occupations, ~1% revoked, honours (5% of
 * high-skill workers, 0.3% of others), medals (2% / 0.2%), and a 特级/首席 appointment for 10% of 一级 holders.
 * No sealed names: their keys would have to be in the shared identity database, and opening a
 * page of names is measured on its own (names-lookup.ts).
 */
export function workerHistory(ctx: WorkerContext, workerId: string): WorkerHistory {
  const { random } = ctx;
  const main = random.weighted(occupationWeights);
  const highest = random.weighted(highestWeights);
  const from = random.chance(0.75) ? 0 : Math.max(0, highest - random.int(0, 1));
  const certificates = [...climb(ctx, main, from, highest, random.pick(ctx.bodies)), ...otherOccupations(ctx, main)];
  const events: PopulationEvent[] = [];
  const counted: Certificate[] = [];
  for (const certificate of certificates) {
    const event = issued(ctx, workerId, certificate);
    events.push(event);
    if (random.chance(0.01)) events.push(revoked(ctx, event, certificate.day));
    else counted.push(certificate);
  }
  const highSkill = counted.some((c) => c.level >= HIGH_SKILL_FROM);
  const honours = random.chance(highSkill ? 0.05 : 0.003) ? honourEvents(ctx, workerId) : null;
  events.push(...(honours?.events ?? []));
  if (random.chance(highSkill ? 0.02 : 0.002)) ctx.medals.enter(random.pick(ctx.competitions), main, workerId);
  const top = counted.find((c) => c.occupation === main && c.level === 4);
  if (top !== undefined && random.chance(0.1)) events.push(...appointment(ctx, workerId, top));
  return { events, certified: counted.length > 0, highSkill, honour: honours?.held ?? null };
}
