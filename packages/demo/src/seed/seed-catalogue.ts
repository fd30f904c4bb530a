import { readFile } from 'node:fs/promises';
import { csvUpload, ok } from '@tianfu/api-client';
import type { Platform } from '../platform.ts';

const sheets = ['occupations.csv', 'standards.csv', 'special-abilities.csv'] as const;
const reason = '演示数据：职业分类大典（2022年版）及标准';
const dataDir = new URL('../../data/catalogue/', import.meta.url);

/**
 * The occupation and standard catalogue (data/catalogue, sources in its README), first of all: the
 * 大典 groups and occupations, then their standards, then 专项职业能力. An import the catalogue
 * already holds as given adds nothing, so a second seed changes nothing.
 */
export async function seedCatalogue(platform: Platform, say: (line: string) => void): Promise<void> {
  for (const sheet of sheets) {
    const csv = await readFile(new URL(sheet, dataDir), 'utf8');
    const params = { path: { sheet }, query: { reason } };
    const receipt = await ok(
      platform.admin.catalogue.POST('/v1/catalogue/imports/{sheet}', { params, ...csvUpload(csv) }),
    );
    const added = Object.values(receipt.events).reduce((n, count) => n + count, 0);
    say(`catalogue ${sheet}: ${receipt.rows} rows, ${added} added`);
  }
}
