import { captureLogs } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { bearer, useCertificationApp } from './http-fixtures.ts';

const logs = captureLogs();
const fixture = useCertificationApp('certification-batch-limits', {
  batchLimits: { perToken: 1_000, perBody: 1_500 },
  missWatch: { windowMs: 60_000, minItems: 20, ratio: 0.5 },
  logLevel: 'warn',
  logDestination: logs.destination,
});

/** `count` well-formed numbers in sequence after `from`, as an enumeration would try them. */
const sequential = (from: string, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    certificateNo: `${from.slice(0, -6)}${String((Number(from.slice(-6)) + 1 + i) % 1_000_000).padStart(6, '0')}`,
    name: '张伟',
  }));

const batch = async (sub: string, items: object[], bodyId?: string) =>
  fixture().app.inject({
    method: 'POST',
    url: '/v1/verify/batch',
    headers: await bearer({ sub, role: 'employer', ...(bodyId === undefined ? {} : { bodyId }) }),
    payload: { items },
  });

describe('batch verification limits and bulk-miss alerts', () => {
  it('a token past its items per minute gets 429 problem+json with Retry-After; another token of its body only up to the body limit', async () => {
    const no = await fixture().issueTo('周九');
    const full = await batch('firm-a-clerk-1', sequential(no, 1_000), 'firm-a');
    expect(full.statusCode).toBe(200);
    // The limit refills continuously (about one item every 60 ms here): ask for more than a moment brings.
    const over = await batch('firm-a-clerk-1', sequential(no, 100));
    expect(over.statusCode).toBe(429);
    expect(over.headers['content-type']).toContain('application/problem+json');
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(over.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect((await batch('firm-a-clerk-2', sequential(no, 500), 'firm-a')).statusCode).toBe(200);
    expect((await batch('firm-a-clerk-2', sequential(no, 100), 'firm-a')).statusCode).toBe(429);
    expect((await batch('firm-b-clerk', sequential(no, 1_000), 'firm-b')).statusCode).toBe(200);
  });

  it('a token whose pairs mostly miss is logged at warn once and counted in tianfu_verify_batch_miss_alerts_total', async () => {
    const no = await fixture().issueTo('吴十');
    const alerts = async () =>
      (await fixture().app.metrics.getSingleMetric('tianfu_verify_batch_miss_alerts_total')?.get())?.values[0]?.value ??
      0;
    const before = await alerts();
    expect(
      (await batch('curious-clerk', [{ certificateNo: no, name: '吴十' }, ...sequential(no, 10)])).statusCode,
    ).toBe(200);
    expect(await alerts()).toBe(before);
    expect((await batch('curious-clerk', sequential(no, 30))).statusCode).toBe(200);
    expect(await alerts()).toBe(before + 1);
    const warnings = logs.lines.map((line) => JSON.parse(line)).filter((entry) => entry.token === 'curious-clerk');
    expect(warnings).toEqual([
      expect.objectContaining({ level: 40, items: 41, misses: 40, msg: expect.stringMatching(/enumeration/) }),
    ]);
  });
});
