import { describe, expect, it } from 'vitest';
import { csvText } from './csv-file.ts';

describe('csvText', () => {
  it('writes a byte-order mark, quoted cells and CRLF line ends, so Excel opens the Chinese intact', () => {
    const text = csvText(['证书编号', '姓名'], [['S000000000000001', '张三']]);
    expect(text).toBe('\uFEFF"证书编号","姓名"\r\n"S000000000000001","张三"\r\n');
  });

  it('doubles quotes, keeps commas and line breaks inside a cell, and writes null as empty', () => {
    expect(csvText(['a'], [['say "hi", then\nleave'], [null]])).toBe(
      '\uFEFF"a"\r\n"say ""hi"", then\nleave"\r\n""\r\n',
    );
  });

  it('keeps a cell Excel would run as a formula as text', () => {
    const text = csvText(['x'], [['=HYPERLINK("http://evil")'], ['+1'], ['-2'], ['@SUM(A1)'], ['12']]);
    expect(text.split('\r\n').slice(1, 6)).toEqual([
      `"'=HYPERLINK(""http://evil"")"`,
      `"'+1"`,
      `"'-2"`,
      `"'@SUM(A1)"`,
      '"12"',
    ]);
  });
});
