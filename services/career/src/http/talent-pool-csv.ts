import type { PersonalDataVault } from '@tianfu/service-kit';
import { csvCell } from '@tianfu/sheets';
import type { CatalogueNames } from '../application/catalogue-names.ts';
import { codeNames } from '../application/facet-names.ts';
import type { ReadIndex } from '../application/read-index.ts';
import type { PoolEntry } from '../domain/talent-pool-entry.ts';
import { maskedNames, type PoolWorkerView, poolWorkerView } from './worker-views.ts';

const CHUNK = 500;

/** The language of the header row and of the coded cells (industries, honours, medals, 高技能). */
export type CsvLanguage = 'zh' | 'en';

type Cell = (w: PoolWorkerView, lang: CsvLanguage) => string;

const listed = (codes: readonly string[], lang: CsvLanguage, nameOf: (code: string) => string | undefined) =>
  codes.map((code) => (lang === 'zh' ? (nameOf(code) ?? code) : code)).join('; ');

const columns: readonly (readonly [en: string, zh: string, value: Cell])[] = [
  ['workerId', '人员编号', (w) => w.workerId],
  ['maskedName', '姓名', (w) => w.maskedName ?? ''],
  ['regionCode', '市(州)代码', (w) => w.region?.code ?? ''],
  ['regionName', '市(州)', (w) => w.region?.name ?? ''],
  ['highest', '最高等级', (w) => w.highest?.label ?? ''],
  ['highSkill', '高技能人才', (w, lang) => (lang === 'zh' ? (w.highSkill ? '是' : '否') : String(w.highSkill))],
  [
    'occupations',
    '职业及等级',
    (w) =>
      w.occupations
        .map((o) => [o.occupationCode, o.occupationName, o.label, o.since].filter((part) => part !== null).join(' '))
        .join('; '),
  ],
  ['industries', '产业', (w, lang) => listed(w.industries, lang, codeNames.industry)],
  ['honours', '荣誉', (w, lang) => listed(w.honours, lang, codeNames.honour)],
  ['medals', '奖牌', (w, lang) => listed(w.medals, lang, codeNames.medal)],
  ['lastCertifiedOn', '最近取证日期', (w) => w.lastCertifiedOn ?? ''],
];

/**
 * The export, streamed a chunk at a time (names opened per chunk), with a BOM so spreadsheets read it as UTF-8,
 * headed in Chinese or English.
 */
export async function* talentPoolCsv(
  matches: readonly PoolEntry[],
  index: ReadIndex,
  vault: PersonalDataVault,
  catalogueNames: CatalogueNames,
  lang: CsvLanguage,
): AsyncGenerator<string> {
  yield `\uFEFF${columns.map(([en, zh]) => (lang === 'zh' ? zh : en)).join(',')}\r\n`;
  for (let start = 0; start < matches.length; start += CHUNK) {
    const chunk = matches.slice(start, start + CHUNK);
    const names = await maskedNames(
      vault,
      chunk.map((e) => e.summary),
    );
    yield chunk
      .map((entry, i) => {
        const view = poolWorkerView(entry, names[i] ?? null, index, catalogueNames);
        return `${columns.map(([, , value]) => csvCell(value(view, lang))).join(',')}\r\n`;
      })
      .join('');
  }
}
