import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemError } from '../src/http/problem.ts';
import { fileWhenCatalogued } from '../src/seed/catalogued-filing.ts';
import { demoBodies } from '../src/seed/demo-bodies.ts';
import { demoOccupations } from '../src/seed/demo-occupations.ts';

const teaTaster = { occupation: demoOccupations.teaTaster, levels: ['level5', 'level4'] } as const;
const notYet = problemError('PUT filing', { status: 422, code: 'STANDARD_NOT_FOUND' });

/** An assessment that refuses the filing `refusals` times with `error` before it holds the catalogue. */
function assessmentRefusing(refusals: number, error: Error) {
  const calls: unknown[][] = [];
  return {
    calls,
    fileOccupation: async (...args: unknown[]) => {
      calls.push(args);
      if (calls.length <= refusals) throw error;
      return { bodyId: 'yb', filings: [] } as never;
    },
  };
}

describe('bodies file once assessment holds the catalogue the seed imported', () => {
  it('given assessment does not know the occupation yet, when filing, then it tries again until accepted', async () => {
    const assessment = assessmentRefusing(2, notYet);
    await fileWhenCatalogued(assessment, 'yb', teaTaster, { timeoutMs: 5_000, intervalMs: 1 });
    expect(assessment.calls).toEqual(Array(3).fill(['yb', '6-02-06-11', '2019', ['level5', 'level4']]));
  });

  it('given any other refusal, when filing, then it fails at once', async () => {
    const assessment = assessmentRefusing(1, problemError('PUT filing', { status: 422, code: 'LEVEL_NOT_OFFERED' }));
    await expect(fileWhenCatalogued(assessment, 'yb', teaTaster, { timeoutMs: 5_000, intervalMs: 1 })).rejects.toThrow(
      'LEVEL_NOT_OFFERED',
    );
    expect(assessment.calls).toHaveLength(1);
  });

  it('given assessment never learns of it, when the deadline passes, then the wait names what it waited for', async () => {
    const assessment = assessmentRefusing(Number.POSITIVE_INFINITY, notYet);
    await expect(fileWhenCatalogued(assessment, 'yb', teaTaster, { timeoutMs: 20, intervalMs: 5 })).rejects.toThrow(
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
