import { randomUUID } from 'node:crypto';
import { createEventRegistry, type SkillLevelKey, subsidyEvents } from '@tianfu/contracts';
import { type CommandContext, type Commit, handleCommand, InMemoryEventStore } from '@tianfu/eventstore';
import { sichuanRuleSets, sichuanShortageLists } from '@tianfu/subsidy-rules';
import { type ClaimIndexDocument, claimIndexDocument } from '../src/application/claim-index.ts';
import { claimantStreamId } from '../src/application/claimant-streams.ts';
import { insuranceRegistry } from '../src/application/insurance-registry.ts';
import { claimIdOf } from '../src/domain/claim-id.ts';
import { claimant } from '../src/domain/claimant.ts';
import type { Claimant } from '../src/domain/claimant-state.ts';

/** Worker `n` of the bench: a workerId of its own, never one of the platform's. */
export const workerOf = (n: number): string => `be${n.toString(16).padStart(62, '0')}`;
/** The worker the template claimant is made for, then replaced by each bench worker. */
export const TEMPLATE_WORKER = workerOf(0xfffffff);
const TEMPLATE = TEMPLATE_WORKER;

/** Worker `n`'s certificate for the claim the bench makes: a 三级 电工 certificate issued this year. */
export const certificateNoOf = (n: number): string =>
  `S000051${String(Math.floor(n / 1e6)).padStart(6, '0')}193${String(n % 1e6).padStart(6, '0')}`;
export const NEW_CLAIM = {
  kind: 'skill-upgrade',
  region: '510100',
  occupationCode: '6-31-01-03',
  level: 'level3',
} as const;

/** The certificates behind a claimant's prior claims: other 工种, 2023–2025 (once in 2025, the national change's cap), each claimed a month after issue. */
const PRIORS: readonly { occupationCode: string; level: SkillLevelKey; issuedOn: string }[] = [
  { occupationCode: '4-03-02-01', level: 'level4', issuedOn: '2023-03-10' },
  { occupationCode: '6-28-01-01', level: 'level4', issuedOn: '2023-09-10' },
  { occupationCode: '4-10-01-02', level: 'level4', issuedOn: '2024-04-10' },
  { occupationCode: '6-18-01-01', level: 'level4', issuedOn: '2024-10-10' },
  { occupationCode: '4-01-02-01', level: 'level4', issuedOn: '2025-08-10' },
];
export const PRIORS_PER_CLAIMANT = PRIORS.length;
const monthAfter = (day: string) => `${day.slice(0, 5)}${String(Number(day.slice(5, 7)) + 1).padStart(2, '0')}-15`;

/** One claimant as the real deciders leave them: commits as stored, and the claim index's documents. */
export interface ClaimantTemplate {
  readonly commits: readonly Commit[];
  readonly index: readonly ClaimIndexDocument[];
  /** The template's claim ids, in the order of PRIORS, for `claimIdsOf` to replace. */
  readonly claimIds: readonly string[];
}

const priorClaim = (workerId: string, i: number) => ({
  workerId,
  kind: NEW_CLAIM.kind,
  certificateNo: `S0000510001641940${String(i).padStart(5, '0')}`,
  claimedOn: monthAfter(PRIORS[i]?.issuedOn ?? ''),
});
/** Worker `workerId`'s prior claim ids, as the service names them. */
export const claimIdsOf = (workerId: string): string[] => PRIORS.map((_, i) => claimIdOf(priorClaim(workerId, i)));

/**
 * The template claimant: insured since 2020, with five approved 技能提升补贴 claims judged by the
 * real judge on the shipped rule sets, in the in-memory store; the bench copies it per worker.
 */
export async function claimantTemplate(): Promise<ClaimantTemplate> {
  const clock = () => new Date();
  const store = new InMemoryEventStore({
    clock,
    newId: randomUUID,
    schemaVersions: createEventRegistry(subsidyEvents),
  });
  const context: CommandContext = { actor: { kind: 'user', id: 'bench-office' }, correlationId: randomUUID() };
  const insurance = { status: 'insured', since: '2020-01-01', until: null } as const;
  const period = { row: 1, workerId: TEMPLATE, insuredSince: insurance.since, insuredUntil: null };
  await insuranceRegistry(store, clock).record([period], context);
  let state: Claimant = claimant.initialState();
  for (const [i, prior] of PRIORS.entries()) {
    const claim = priorClaim(TEMPLATE, i);
    const certificate = {
      ...prior,
      certificateNo: claim.certificateNo,
      holderWorkerId: TEMPLATE,
      status: 'valid',
    } as const;
    const facts = { certificate, insurance, ruleSets: sichuanRuleSets, shortageLists: sichuanShortageLists };
    const data = {
      ...claim,
      claimId: claimIdOf(claim),
      region: '510100',
      payee: 'worker',
      at: `${claim.claimedOn}T02:00:00.000Z`,
      facts,
    } as const;
    ({ state } = await handleCommand(
      store,
      claimantStreamId(TEMPLATE),
      claimant,
      { type: 'DecideClaim', data },
      context,
    ));
  }
  const commits = await store.unpublished(100);
  const index = [...state.claims.values()].map((c) => claimIndexDocument(c, PRIORS.length));
  return { commits, index, claimIds: claimIdsOf(TEMPLATE) };
}
