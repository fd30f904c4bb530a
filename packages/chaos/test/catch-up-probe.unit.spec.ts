import { describe, expect, it } from 'vitest';
import { catchUpProbe } from '../src/settle.ts';
import type { Census } from '../src/store-census.ts';
import type { StoredEvent, StoreName } from '../src/tally.ts';

const run = { bodyId: 'b1', sessionIds: new Set(['b1-r1']), commands: () => [] };
const passed = (eventId: string): StoredEvent => ({
  eventId,
  type: 'assessment.CandidatePassed',
  data: { sessionId: 'b1-r1' },
});
const issued = (sourceEventId: string): StoredEvent => ({
  eventId: `c-${sourceEventId}`,
  type: 'certification.CertificateIssued',
  data: { bodyId: 'b1', certificateNo: `N-${sourceEventId}`, workerId: 'w', basis: { sourceEventId } },
});

/** A census over stores the test changes as it goes. */
function censusOf(state: { assessment: StoredEvent[]; certification: StoredEvent[]; unpublished: string[] }) {
  const none = { competition: [], 'talent-registry': [] };
  return {
    events: async () => ({ assessment: state.assessment, certification: state.certification, ...none }),
    storeEvents: async (store: StoreName) => (store === 'certification' ? state.certification : []),
    outboxes: async (): Promise<Record<StoreName, string[]>> => ({
      assessment: state.unpublished,
      certification: [],
      competition: [],
      'talent-registry': [],
    }),
  } as unknown as Census;
}

describe('catchUpProbe', () => {
  it('given a pass without its certificate and an unpublished commit, when both are done, then it has caught up', async () => {
    const state = { assessment: [passed('p1')], certification: [] as StoredEvent[], unpublished: ['s:1'] };
    const caughtUp = await catchUpProbe(censusOf(state), run);
    expect(await caughtUp()).toBe(false);
    state.certification.push(issued('p1'));
    expect(await caughtUp()).toBe(false);
    state.unpublished = [];
    expect(await caughtUp()).toBe(true);
  });

  it('given the load adds passes and commits after stock was taken, when the earlier ones are done, then it has caught up', async () => {
    const state = { assessment: [passed('p1')], certification: [] as StoredEvent[], unpublished: ['s:1'] };
    const caughtUp = await catchUpProbe(censusOf(state), run);
    state.assessment.push(passed('p2'));
    state.certification.push(issued('p1'));
    state.unpublished = ['s:2'];
    expect(await caughtUp()).toBe(true);
  });
});
