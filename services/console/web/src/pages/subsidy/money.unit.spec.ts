import { describe, expect, it } from 'vitest';
import { fenOfYuan, yuanText } from './money.ts';

describe('amounts in yuan and fen', () => {
  it('shows fen as yuan with two decimals and thousands separators', () => {
    expect(yuanText(200_000)).toBe('2,000.00');
    expect(yuanText(150_050)).toBe('1,500.50');
    expect(yuanText(0)).toBe('0.00');
  });

  it('reads yuan as a person writes them into whole fen', () => {
    expect(fenOfYuan('2000')).toBe(200_000);
    expect(fenOfYuan(' 2,000.5 ')).toBe(200_050);
    expect(fenOfYuan('1500.05')).toBe(150_005);
  });

  it('refuses text that is no amount of yuan', () => {
    for (const text of ['', '-5', '1.234', 'abc', '1e3', '.5']) expect(fenOfYuan(text)).toBeNull();
  });
});
