import { describe, expect, it } from 'vitest';
import { checkClaimantQuery } from './claimant-query.ts';

const either = 'either';

describe("the office's claimant query", () => {
  it('goes by the certificate number when one is given', () => {
    expect(checkClaimantQuery({ certificateNo: ' 2651012003312345 ', workerId: '' }, either)).toEqual({
      ok: true,
      by: 'certificate',
      value: '2651012003312345',
    });
  });

  it('goes by the worker id otherwise', () => {
    const workerId = 'ab'.repeat(32);
    expect(checkClaimantQuery({ certificateNo: '', workerId }, either)).toEqual({
      ok: true,
      by: 'worker',
      value: workerId,
    });
  });

  it('names both fields when neither is given, and the field at fault otherwise', () => {
    expect(checkClaimantQuery({ certificateNo: '', workerId: ' ' }, either)).toEqual({
      ok: false,
      errors: { certificateNo: either, workerId: either },
    });
    const badNumber = checkClaimantQuery({ certificateNo: 'abc-1', workerId: '' }, either);
    expect(badNumber.ok ? [] : Object.keys(badNumber.errors)).toEqual(['certificateNo']);
    const badWorker = checkClaimantQuery({ certificateNo: '', workerId: 'XYZ' }, either);
    expect(badWorker.ok ? [] : Object.keys(badWorker.errors)).toEqual(['workerId']);
  });
});
