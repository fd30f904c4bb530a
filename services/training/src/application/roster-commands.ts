import type { CompletionRule, SealedName, SealedTargetGroups } from '@tianfu/contracts';
import { type EventStore, foldedStreams } from '@tianfu/eventstore';
import type { RequestCaller } from '@tianfu/service-kit';
import type { SignInEntry } from '../domain/attendance.ts';
import { type ClassFacts, otherProvidersClass } from '../domain/class-facts.ts';
import { classCompletionRule } from '../domain/completion.ts';
import type { Enrolment, EnrolTrainees } from '../domain/enrolment.ts';
import type { PastTrainee } from '../domain/past-roster.ts';
import { classRoster, type RosterCommand } from '../domain/roster.ts';
import { refused } from '../domain/roster-errors.ts';
import type { Roster } from '../domain/roster-state.ts';
import { classNotFound } from '../domain/training-errors.ts';
import { strandedRedemption, type VoucherState } from '../domain/voucher.ts';
import { actingProvider } from './acting-provider.ts';
import { classFactsReader } from './class-facts-reader.ts';
import { rosterStreamId } from './roster-streams.ts';
import type { VoucherCommands } from './voucher-commands.ts';

/** One person to enrol, identified and sealed at the edge. */
export interface Enrollee {
  readonly row: number;
  readonly workerId: string;
  readonly holderName: SealedName;
  readonly targetGroups: SealedTargetGroups;
  readonly voucherId: string | null;
}

export interface RosterResult {
  readonly roster: Roster;
  readonly facts: ClassFacts;
  readonly revision: number;
  /** The types of the events appended; empty when nothing changed (a repeated sheet or sign-in). */
  readonly emitted: readonly string[];
}

export interface RosterCommandsDeps {
  readonly store: EventStore;
  readonly vouchers: VoucherCommands;
  readonly rules: readonly CompletionRule[];
  readonly clock: () => Date;
}

/** A class's roster (docs/domain.md §7.2–7.5): its commands read the class and provider, then decide. */
export function rosterCommands({ store, vouchers, rules, clock }: RosterCommandsDeps) {
  const rosters = foldedStreams(store, classRoster, rosterStreamId);
  const readClassFacts = classFactsReader(store);

  async function factsOf(classId: string): Promise<ClassFacts> {
    const facts = await readClassFacts(classId);
    if (facts === null) throw classNotFound(classId);
    return facts;
  }

  async function run(classId: string, command: RosterCommand, facts: ClassFacts, caller: RequestCaller) {
    const result = await rosters.run(classId, command, caller);
    const emitted = result.events.map((e) => e.type);
    return { roster: result.state, facts, revision: result.revision, emitted } satisfies RosterResult;
  }

  /**
   * The voucher as it stands for an enrolment in `classId`; a redemption for another class whose
   * enrolment was never recorded (docs/domain.md §7.3) is released first, so the voucher is free again.
   */
  async function freedVoucher(voucherId: string, classId: string, caller: RequestCaller): Promise<VoucherState> {
    const state = await vouchers.read(voucherId);
    const used = state?.redeemedFor;
    if (state === null || used == null || used.classId === classId) return state;
    const { state: roster } = await rosters.read(used.classId);
    if (!strandedRedemption(state, roster, clock().toISOString())) return state;
    await vouchers.release([voucherId], used.classId, 'its enrolment was never recorded', caller);
    return vouchers.read(voucherId);
  }

  /** The enrolment as decided with the vouchers as they stand: throws the refusal, touching nothing. */
  async function enrolment(
    classId: string,
    people: readonly Enrollee[],
    sheetHash: string | null,
    caller: RequestCaller,
  ) {
    const facts = await readClassFacts(classId);
    const withVoucher = people.filter((p) => p.voucherId !== null);
    const states = await Promise.all(withVoucher.map((p) => freedVoucher(p.voucherId as string, classId, caller)));
    const held = new Map(withVoucher.map((p, i) => [p.voucherId as string, states[i] as VoucherState]));
    const entriesWith = (of: ReadonlyMap<string, VoucherState>): Enrolment[] =>
      people.map(({ voucherId, ...p }) => ({
        ...p,
        voucher: voucherId === null ? null : { voucherId, state: of.get(voucherId) ?? null },
      }));
    const data = { byProviderId: actingProvider(caller), sheetHash, at: clock().toISOString() };
    const commandWith = (of: ReadonlyMap<string, VoucherState>): EnrolTrainees => ({
      type: 'EnrolTrainees',
      data: { ...data, entries: entriesWith(of) },
      facts,
    });
    const { state } = await rosters.read(classId);
    const planned = classRoster.decide(commandWith(held), state);
    return { facts, planned, commandWith, withVoucher, at: data.at };
  }

  return {
    /**
     * Enrols one person or a sheet. Vouchers are redeemed first, once the enrolment is known to
     * pass, so no voucher is used twice; if the enrolment then loses a race (the class filled
     * meanwhile), the redemptions are released and the refusal stands: nothing stays half-applied.
     */
    async enrol(classId: string, people: readonly Enrollee[], sheetHash: string | null, caller: RequestCaller) {
      const { facts, planned, commandWith, withVoucher, at } = await enrolment(classId, people, sheetHash, caller);
      if (facts === null) throw classNotFound(classId);
      if (planned.length === 0 || withVoucher.length === 0) return run(classId, commandWith(new Map()), facts, caller);
      const uses = withVoucher.map((p) => ({ voucherId: p.voucherId as string, workerId: p.workerId }));
      const redeemed = await vouchers.redeem(uses, facts, at, caller);
      try {
        return await run(classId, commandWith(redeemed), facts, caller);
      } catch (error) {
        await vouchers.release([...redeemed.keys()], classId, 'the enrolment it was redeemed for was refused', caller);
        throw error;
      }
    },
    async signIn(
      classId: string,
      sheet: { entries: readonly SignInEntry[]; deviceId: string | null; sheetHash: string | null },
      caller: RequestCaller,
    ) {
      const facts = await factsOf(classId);
      const source = sheet.sheetHash === null ? ('device' as const) : ('sheet' as const);
      const data = { ...sheet, byProviderId: actingProvider(caller), source, at: clock().toISOString() };
      return run(classId, { type: 'SignIn', data, facts }, facts, caller);
    },
    async correct(
      classId: string,
      input: { workerId: string; sittingId: string; hours: number; reason: string },
      caller: RequestCaller,
    ) {
      const facts = await factsOf(classId);
      const data = { ...input, byProviderId: actingProvider(caller), at: clock().toISOString() };
      return run(classId, { type: 'CorrectAttendance', data, facts }, facts, caller);
    },
    async void(classId: string, input: { workerId: string; sittingId: string; reason: string }, caller: RequestCaller) {
      const facts = await factsOf(classId);
      const data = { ...input, byProviderId: actingProvider(caller), at: clock().toISOString() };
      return run(classId, { type: 'VoidAttendance', data, facts }, facts, caller);
    },
    async complete(classId: string, caller: RequestCaller) {
      const facts = await factsOf(classId);
      const data = { byProviderId: actingProvider(caller), at: clock().toISOString() };
      return run(classId, { type: 'CompleteClass', data, facts, rules }, facts, caller);
    },
    /** 补录: a late-filed class's whole roster, decided as it happened (docs/domain.md §7.1). */
    async recordPast(classId: string, trainees: readonly PastTrainee[], sheetHash: string, caller: RequestCaller) {
      const facts = await factsOf(classId);
      const data = { trainees, sheetHash, at: clock().toISOString() };
      return run(classId, { type: 'RecordPastRoster', data, facts, rules }, facts, caller);
    },
    /** The roster of a class the caller may read: only its own provider's, or any for the office. */
    async load(classId: string, caller: RequestCaller) {
      const facts = await factsOf(classId);
      const other = otherProvidersClass(facts, actingProvider(caller));
      if (other !== null) throw refused(other);
      const { state, revision } = await rosters.read(classId);
      return { roster: state, facts, revision, rule: classCompletionRule(rules, facts, state) };
    },
  };
}

export type RosterCommands = ReturnType<typeof rosterCommands>;
