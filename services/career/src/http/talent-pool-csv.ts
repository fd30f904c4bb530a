import type { PersonalDataVault } from '@tianfu/service-kit';
import type { CatalogueNames } from '../application/catalogue-names.ts';
import type { ReadIndex } from '../application/read-index.ts';
import type { PoolEntry } from '../domain/talent-pool-entry.ts';
import { csvCell } from './csv-cell.ts';
import { maskedNames, type PoolWorkerView, poolWorkerView } from './worker-views.ts';

const CHUNK = 500;

const columns: readonly (readonly [header: string, value: (w: PoolWorkerView) => string])[] = [
  ['workerId', (w) => w.workerId],
  ['maskedName', (w) => w.maskedName ?? ''],
  ['regionCode', (w) => w.region?.code ?? ''],
  ['regionName', (w) => w.region?.name ?? ''],
  ['highest', (w) => w.highest?.label ?? ''],
  ['highSkill', (w) => String(w.highSkill)],
  [
    'occupations',
    (w) =>
      w.occupations
        .map((o) => [o.occupationCode, o.occupationName, o.label, o.since].filter((part) => part !== null).join(' '))
        .join('; '),
  ],
  ['industries', (w) => w.industries.join('; ')],
  ['honours', (w) => w.honours.join('; ')],
  ['medals', (w) => w.medals.join('; ')],
  ['lastCertifiedOn', (w) => w.lastCertifiedOn ?? ''],
];

/** The export, streamed a chunk at a time (names opened per chunk), with a BOM so spreadsheets read it as UTF-8. */
export async function* talentPoolCsv(
  matches: readonly PoolEntry[],
  index: ReadIndex,
  vault: PersonalDataVault,
  catalogueNames: CatalogueNames,
): AsyncGenerator<string> {
  yield `\uFEFF${columns.map(([header]) => header).join(',')}\r\n`;
  for (let start = 0; start < matches.length; start += CHUNK) {
    const chunk = matches.slice(start, start + CHUNK);
    const names = await maskedNames(
      vault,
      chunk.map((e) => e.summary),
    );
    yield chunk
      .map((entry, i) => {
        const view = poolWorkerView(entry, names[i] ?? null, index, catalogueNames);
        return `${columns.map(([, value]) => csvCell(value(view))).join(',')}\r\n`;
      })
      .join('');
  }
}
