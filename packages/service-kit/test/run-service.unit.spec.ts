import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startTs } from './support/child.ts';

const fixture = fileURLToPath(new URL('./fixtures/graceful-service.ts', import.meta.url));

describe('runService', () => {
  it('on SIGTERM lets in-flight requests finish, closes in reverse order and exits 0', async () => {
    const child = startTs(fixture);
    const address = (await child.waitForLine(/^listening /)).replace('listening ', '');
    // fetch keeps its connection alive: the shutdown must still close it once the response is out.
    const inFlight = fetch(`${address}/slow`);
    await child.waitForLine(/^slow started$/);
    child.process.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ done: true });
    expect(await child.exited).toBe(0);
    const closed = child
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('closed'));
    expect(closed).toEqual(['closed consumer', 'closed relay', 'closed mongo']);
  }, 30_000);

  it('exits 1 when closing outlives the grace deadline', async () => {
    const child = startTs(fixture, [], { HANG_CLOSER: '1', GRACE_MS: '300' });
    await child.waitForLine(/^listening /);
    child.process.kill('SIGTERM');
    expect(await child.exited).toBe(1);
    expect(child.stdout()).not.toContain('closed');
  }, 30_000);

  it('exits 1 at once on a second signal', async () => {
    const child = startTs(fixture, [], { HANG_CLOSER: '1' });
    await child.waitForLine(/^listening /);
    child.process.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.process.kill('SIGINT');
    expect(await child.exited).toBe(1);
  }, 30_000);
});
