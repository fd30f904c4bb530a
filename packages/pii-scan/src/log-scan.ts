import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import type { PiiFinder } from './pii-finder.ts';
import type { Hit, PlaceScan } from './scan-report.ts';

const logFile = /\.log(\.\d+)?$/;

// `data` directories hold Kafka's segments and PostgreSQL's cluster: what the topic and collection scans read.
async function logFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir).catch(() => [])) {
    const path = join(dir, entry);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory() && entry !== 'data' && entry !== 'node_modules') files.push(...(await logFiles(path)));
    else if (info?.isFile() && logFile.test(entry)) files.push(path);
  }
  return files.sort();
}

/** Reads every line of every `*.log` / `*.log.N` file under `dir` (the local stack's `.local/`). */
export async function scanLogs(dir: string, finder: PiiFinder): Promise<PlaceScan> {
  const files = await logFiles(dir);
  const hits: Hit[] = [];
  let lines = 0;
  for (const file of files) {
    const shown = relative(process.cwd(), file);
    let lineNo = 0;
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
      lineNo += 1;
      hits.push(...finder.find(line).map((finding): Hit => ({ place: 'logs', where: `${shown}:${lineNo}`, finding })));
    }
    lines += lineNo;
  }
  return {
    place: 'logs',
    scanned: `${files.length} files under ${relative(process.cwd(), dir) || '.'}, ${lines} lines`,
    hits,
  };
}
