import { describe, expect, it } from 'vitest';
import { itemOf, itemsOf } from './training-items.ts';

describe('the items typed in a form (itemsOf)', () => {
  it('given occupation and 专项职业能力 codes separated as people type them, then each becomes its kind of item', () => {
    expect(itemsOf(' 4-03-02-01，S51-0012、6-31-01-03 ,S51-0013 ')).toEqual([
      { kind: 'occupation', code: '4-03-02-01' },
      { kind: 'special-ability', code: 'S51-0012' },
      { kind: 'occupation', code: '6-31-01-03' },
      { kind: 'special-ability', code: 'S51-0013' },
    ]);
  });

  it('given nothing typed, then no items (the schema then says at least one)', () => {
    expect(itemsOf('  ')).toEqual([]);
  });

  it('given a code of neither shape, then it is sent as a 专项职业能力 code for the schema to refuse', () => {
    expect(itemOf('cook')).toEqual({ kind: 'special-ability', code: 'cook' });
  });
});
