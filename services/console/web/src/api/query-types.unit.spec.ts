import { BaseKindSchema } from '@tianfu/contracts/forms';
import { describe, expect, it } from 'vitest';
import { queryValue } from './query-types.ts';

describe('a filter’s text as a query value', () => {
  it('given a choice the API knows, then that value; given "any" or an unknown text, then unset', () => {
    expect(queryValue(BaseKindSchema, 'master-studio')).toBe('master-studio');
    expect(queryValue(BaseKindSchema, '')).toBeUndefined();
    expect(queryValue(BaseKindSchema, 'castle')).toBeUndefined();
  });
});
