import type { BaseRegisteredData, HonourGrantedData } from '@tianfu/contracts';
import { type Decider, type DomainEvent, foldEvents } from '@tianfu/decider';
import { type EventStore, handleCommand, type PostCommitWrites } from '@tianfu/eventstore';
import type { Caller } from '@tianfu/service-kit';
import { type Appoint, type Appointment, appointmentDecider } from '../domain/appointment.ts';
import { baseDecider } from '../domain/base.ts';
import { type HonourGrant, honourGrantDecider, honourGrantId } from '../domain/honour-grant.ts';
import { appointmentNotFound } from '../domain/talent-errors.ts';
import { talentStreams as streams } from './talent-streams.ts';

/**
 * The talent registry's commands: each loads its stream, decides and appends (handleCommand), then
 * brings the office's lists up to the commit (talent-read-models.ts).
 */
export function talentCommands(
  store: EventStore,
  readModels: Pick<PostCommitWrites, 'afterCommit'>,
  clock: () => Date,
) {
  const now = () => clock().toISOString();
  const run = async <C, S, E extends DomainEvent>(
    decider: Decider<C, S, E>,
    streamId: string,
    command: C,
    caller: Caller,
  ) => {
    const result = await handleCommand(store, streamId, decider, command, caller);
    await readModels.afterCommit(result.events);
    return result.state;
  };
  const load = async <C, S, E extends DomainEvent>(decider: Decider<C, S, E>, streamId: string) =>
    foldEvents(decider, (await store.readStream(streamId)).events);

  const appointment = async (appointmentId: string): Promise<Appointment> => {
    const state = await load(appointmentDecider, streams.appointment(appointmentId));
    if (state === null) throw appointmentNotFound(appointmentId);
    return state;
  };

  return {
    /** One grant per honour, round and worker: its id says which, so a second is refused. */
    grant: async (grant: Omit<HonourGrantedData, 'grantId'>, caller: Caller) => {
      const data = { grantId: honourGrantId(grant.honour, grant.round, grant.workerId), ...grant };
      return (await run(
        honourGrantDecider,
        streams.grant(data.grantId),
        { type: 'GrantHonour', data },
        caller,
      )) as HonourGrant;
    },
    revokeGrant: async (grantId: string, reason: string, caller: Caller) =>
      (await run(
        honourGrantDecider,
        streams.grant(grantId),
        { type: 'RevokeHonour', data: { grantId, reason, at: now() } },
        caller,
      )) as HonourGrant,
    appointment,
    appoint: async (data: Omit<Appoint['data'], 'appointedAt'>, caller: Caller) =>
      (await run(
        appointmentDecider,
        streams.appointment(data.appointmentId),
        { type: 'Appoint', data: { ...data, appointedAt: now() } },
        caller,
      )) as Appointment,
    renew: async (appointmentId: string, termEnd: string | null, caller: Caller) =>
      (await run(
        appointmentDecider,
        streams.appointment(appointmentId),
        { type: 'Renew', data: { appointmentId, termEnd, at: now() } },
        caller,
      )) as Appointment,
    end: async (appointmentId: string, endedOn: string, reason: string, caller: Caller) =>
      (await run(
        appointmentDecider,
        streams.appointment(appointmentId),
        { type: 'End', data: { appointmentId, endedOn, reason, at: now() } },
        caller,
      )) as Appointment,
    registerBase: async (data: BaseRegisteredData, caller: Caller) =>
      (await run(baseDecider, streams.base(data.baseId), { type: 'RegisterBase', data }, caller)) as BaseRegisteredData,
  };
}

export type TalentCommands = ReturnType<typeof talentCommands>;
