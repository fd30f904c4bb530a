import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Where a test that writes people's names through the platform lists them (one a line), so the
 * scan knows what to look for: `npm test` sets it, and the end-to-end journey appends its cast.
 */
export const namesFileVariable = 'TIANFU_PII_NAMES_FILE';

/** Appends `names` to the file `TIANFU_PII_NAMES_FILE` names; nothing when it is not set. */
export async function recordScannedNames(
  names: readonly string[],
  file = process.env[namesFileVariable],
): Promise<void> {
  if (!file) return;
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, names.map((n) => `${n}\n`).join(''));
}

/** The names listed in `file`; an absent file lists none. */
export async function readScannedNames(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  return text
    .split('\n')
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
}
