import { readFileSync } from 'node:fs';
import { apiProblem } from '@tianfu/api-client';
import { describe, expect, it } from 'vitest';
import { onceCatalogued } from '../src/seed/catalogued-filing.ts';
import { demoBodies } from '../src/seed/demo-bodies.ts';
import { demoOccupations } from '../src/seed/demo-occupations.ts';

const teaTaster = demoOccupations.teaTaster;
const refusal = (code: string) => apiProblem('/v1/bodies/yb/occupations/6-02-06-11', 422, { status: 422, code });

/** A filing that assessment refuses `refusals` times with `error` before it holds the catalogue. */
function filingRefused(refusals: number, error: Error) {
  let calls = 0;
  const file = async () => {
    calls += 1;
    if (calls <= refusals) throw error;
    return 'filed';
  };
  return { file, calls: () => calls };
}

describe('bodies file once assessment holds the catalogue the seed imported', () => {
  it('given assessment does not know the occupation yet, when filing, then it tries again until accepted', async () => {
    const filing = filingRefused(2, refusal('STANDARD_NOT_FOUND'));
    expect(await onceCatalogued(filing.file, teaTaster, { timeoutMs: 5_000, intervalMs: 1 })).toBe('filed');
    expect(filing.calls()).toBe(3);
  });

  it('given any other refusal, when filing, then it fails at once', async () => {
    const filing = filingRefused(1, refusal('LEVEL_NOT_OFFERED'));
    await expect(onceCatalogued(filing.file, teaTaster, { timeoutMs: 5_000, intervalMs: 1 })).rejects.toThrow(
      'LEVEL_NOT_OFFERED',
    );
    expect(filing.calls()).toBe(1);
  });

  it('given assessment never learns of it, when the deadline passes, then the wait names what it waited for', async () => {
    const filing = filingRefused(Number.POSITIVE_INFINITY, refusal('STANDARD_NOT_FOUND'));
    await expect(onceCatalogued(filing.file, teaTaster, { timeoutMs: 20, intervalMs: 5 })).rejects.toThrow(
      'assessment to hold 6-02-06-11@2019 from the catalogue',
    );
  });
});

describe('what the demo bodies file is in the catalogue seed', () => {
  const standards = readFileSync(new URL('../data/catalogue/standards.csv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line !== '')
    .map((line) => line.split(','));
  const levelDigits = { level5: '5', level4: '4', level3: '3', level2: '2', level1: '1' } as const;

  it('names a standard version of data/catalogue/standards.csv that offers every filed level', () => {
    for (const body of demoBodies) {
      for (const { occupation, levels } of body.filings) {
        const row = standards.find(
          ([code, version]) => code === occupation.code && version === occupation.standardVersion,
        );
        expect(row, `${body.bodyId} ${occupation.code}@${occupation.standardVersion}`).toBeDefined();
        const offered = row?.[3]?.split(';') ?? [];
        for (const level of levels) expect(offered).toContain(levelDigits[level]);
      }
    }
  });

  it('files occupations beyond the six the platform began with', () => {
    const six = ['6-31-01-03', '6-18-02-04', '6-18-01-01', '4-03-02-01', '4-10-01-05', '4-04-04-02'];
    const filed = new Set(demoBodies.flatMap((b) => b.filings.map((f) => f.occupation.code)));
    expect([...filed].filter((code) => !six.includes(code)).sort()).toEqual(['4-12-01-01', '6-02-06-10', '6-02-06-11']);
  });
});
