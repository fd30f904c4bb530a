import { readFile } from 'node:fs/promises';

interface HarEntry {
  readonly request: { readonly method: string; readonly url: string };
  readonly response: { readonly status: number };
}

/** "POST http://… → 201" for each request of a HAR file that was not a read and was not refused. */
export async function acceptedWrites(harPath: string): Promise<string[]> {
  const har = JSON.parse(await readFile(harPath, 'utf8')) as { log: { entries: HarEntry[] } };
  return har.log.entries
    .filter((e) => e.request.method !== 'GET' && e.request.method !== 'HEAD' && e.response.status < 400)
    .map((e) => `${e.request.method} ${e.request.url} → ${e.response.status}`);
}
