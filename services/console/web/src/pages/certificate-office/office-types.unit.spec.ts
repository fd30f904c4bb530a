import { describe, expect, it } from 'vitest';
import { actionsFor, levelLabel } from './office-types.ts';

describe('what the office page offers and shows', () => {
  it('a revoked certificate offers no action, a suspended one reinstating or revoking, a valid one the rest', () => {
    expect(actionsFor('revoked')).toEqual([]);
    expect(actionsFor('suspended')).toEqual(['reinstate', 'revoke']);
    expect(actionsFor('valid')).toEqual(['suspend', 'reissue', 'revoke']);
  });

  it('a level shows as the certificate states it; an unknown key as is', () => {
    expect(levelLabel('level3')).toBe('三级/高级工');
    expect(levelLabel('level9')).toBe('level9');
  });
});
