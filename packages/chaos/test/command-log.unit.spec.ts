import { apiProblem } from '@tianfu/api-client';
import { describe, expect, it } from 'vitest';
import { commandLog } from '../src/command-log.ts';

const problem = (status: number, code: string) => apiProblem('http://127.0.0.1:4101/v1/sessions', status, { code });
const expects = () => [{ type: 'assessment.SessionScheduled', where: { sessionId: 's1' }, count: 1 }];

/** A command that fails with each of `failures` in turn, then answers 'ok'. */
function failing(...failures: Error[]) {
  let calls = 0;
  return {
    calls: () => calls,
    command: async () => {
      calls++;
      const failure = failures.shift();
      if (failure !== undefined) throw failure;
      return 'ok';
    },
  };
}

describe('commandLog', () => {
  it('given a service that answers 503 once, when sent, then it is sent again and acknowledged', async () => {
    const log = commandLog();
    const sent = failing(problem(503, 'SERVICE_UNAVAILABLE'));
    await expect(log.send({ label: 'x', store: 'assessment', command: sent.command, expects })).resolves.toBe('ok');
    expect(log.records()).toEqual([
      { label: 'x', store: 'assessment', attempts: 2, acknowledged: true, expects: expects() },
    ]);
    expect(log.serverErrors()).toBe(1);
  });

  it('given a 4xx the load did not expect, when sent, then the run fails at once', async () => {
    const log = commandLog();
    const sent = failing(problem(400, 'VALIDATION_FAILED'));
    await expect(log.send({ label: 'x', store: 'assessment', command: sent.command, expects })).rejects.toThrow(
      '400 VALIDATION_FAILED',
    );
    expect(sent.calls()).toBe(1);
    expect(log.records()).toEqual([]);
  });

  it('given an unanswered attempt that applied, when the retry hears "exists", then it is recorded unacknowledged', async () => {
    const log = commandLog();
    const sent = failing(new Error('socket hang up'), problem(409, 'SESSION_ALREADY_SCHEDULED'));
    const send = { label: 'x', store: 'assessment' as const, command: sent.command, expects };
    await expect(log.send({ ...send, appliedBefore: ['SESSION_ALREADY_SCHEDULED'] })).resolves.toBeNull();
    expect(log.records()).toMatchObject([{ attempts: 2, acknowledged: false, expects: expects() }]);
  });

  it('given a prerequisite still on its way, when sent, then it waits for it', async () => {
    const log = commandLog({ waitForMs: 10 });
    const sent = failing(problem(422, 'APPOINTMENT_PREREQUISITE_UNMET'));
    const send = { label: 'x', store: 'talent-registry' as const, command: sent.command, expects };
    await expect(log.send({ ...send, waitFor: ['APPOINTMENT_PREREQUISITE_UNMET'] })).resolves.toBe('ok');
    expect(log.records()).toMatchObject([{ attempts: 2, acknowledged: true }]);
  });
});
