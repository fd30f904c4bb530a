import { sichuanRuleSets } from '@tianfu/subsidy-rules';
import { describe, expect, it } from 'vitest';
import { claimIndexDocument, claimsChangedBy } from '../src/application/claim-index.ts';
import { claimIdOf } from '../src/domain/claim-id.ts';
import { claimant, type DecideClaim } from '../src/domain/claimant.ts';
import type { Claimant, ClaimantEvent } from '../src/domain/claimant-state.ts';

const workerId = 'c'.repeat(64);

/** A 四级 claim for the certificate of `occupationCode`, issued 2024-05-10 and claimed on 2024-06-01. */
const decide = (occupationCode: string): DecideClaim => {
  const certificateNo = `C-${occupationCode}`;
  const claimedOn = '2024-06-01';
  const certificate = {
    certificateNo,
    holderWorkerId: workerId,
    occupationCode,
    level: 'level4',
    issuedOn: '2024-05-10',
    status: 'valid',
  } as const;
  const insurance = { status: 'insured', since: '2020-01-01', until: null } as const;
  return {
    type: 'DecideClaim',
    data: {
      claimId: claimIdOf({ workerId, kind: 'skill-upgrade', certificateNo, claimedOn }),
      workerId,
      kind: 'skill-upgrade',
      region: '510100',
      payee: 'worker',
      claimedOn,
      at: '2024-06-01T02:00:00.000Z',
      facts: { certificate, insurance, ruleSets: sichuanRuleSets, shortageLists: [] },
    },
  };
};

/** The state after `commands`, with every event they emitted. */
function run(commands: readonly Parameters<typeof claimant.decide>[0][]) {
  const events: ClaimantEvent[] = [];
  let state: Claimant = claimant.initialState();
  for (const command of commands)
    for (const e of claimant.decide(command, state)) {
      const event = { type: e.type, data: e.data } as ClaimantEvent;
      events.push(event);
      state = claimant.evolve(state, event);
    }
  return { state, events };
}

describe('the claim index written after a commit (docs/domain.md §7.11)', () => {
  const [first, second] = [decide('6-31-01-03'), decide('4-03-02-01')];
  const batch = {
    type: 'BatchClaim',
    data: { claimId: first.data.claimId, batchId: '510100-2024-06-02', at: '2024-06-02T02:00:00.000Z' },
  } as const;

  it('given two claims decided, when one is batched, then only that claim is written, as it stands after the batch', () => {
    const { state, events } = run([first, second, batch]);
    const changed = claimsChangedBy(state, events.slice(2));
    expect(changed.map((c) => c.decided.claimId)).toEqual([first.data.claimId]);
    expect(claimIndexDocument(changed[0] ?? expect.fail('no claim written'), 3)).toMatchObject({
      _id: first.data.claimId,
      status: 'approved',
      batchId: '510100-2024-06-02',
      revision: 3,
    });
  });

  it('given a commit of two events on one claim, when it is written, then that claim is written once', () => {
    const { state, events } = run([first, batch]);
    expect(claimsChangedBy(state, events).map((c) => c.decided.claimId)).toEqual([first.data.claimId]);
  });
});
