import { createHash } from 'node:crypto';

const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);

/** The bytes after a UTF-8 byte order mark, which Excel writes and other tools do not. */
export const withoutBom = (file: Buffer): Buffer =>
  file.subarray(0, utf8Bom.length).equals(utf8Bom) ? file.subarray(utf8Bom.length) : file;

// Read as latin1 each byte is one character, so this edits bytes; CR and LF never occur inside
// a UTF-8 multi-byte sequence, so the edit is safe whatever the encoding.
const lineBreaks = /\r\n?/g;

/** Without trailing line breaks; a loop, as /\n+$/ backtracks quadratically over a long run of them. */
function trimTrailingBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return text.slice(0, end);
}

/**
 * sha256 (hex) of the sheet's bytes without a BOM, with LF line ends and no trailing empty lines,
 * so the same sheet saved on Windows or Linux is the same upload.
 */
export function sheetHash(file: Buffer): string {
  const bytes = withoutBom(file).toString('latin1');
  const normalised = trimTrailingBreaks(bytes.replace(lineBreaks, '\n'));
  return createHash('sha256').update(normalised, 'latin1').digest('hex');
}
