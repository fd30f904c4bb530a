import { readFile } from 'node:fs/promises';
import type { CatalogueSheet } from '../clients/catalogue-client.ts';
import type { Platform } from '../platform.ts';

const sheets: readonly CatalogueSheet[] = ['occupations', 'standards', 'special-abilities'];
const dataDir = new URL('../../data/catalogue/', import.meta.url);

/**
 * The occupation and standard catalogue (data/catalogue, sources in its README), first of all: the
 * 大典 groups and occupations, then their standards, then 专项职业能力. An import the catalogue
 * already holds as given adds nothing, so a second seed changes nothing.
 */
export async function seedCatalogue(platform: Platform, say: (line: string) => void): Promise<void> {
  for (const sheet of sheets) {
    const csv = await readFile(new URL(`${sheet}.csv`, dataDir), 'utf8');
    const receipt = await platform.catalogue.importSheet(sheet, csv, '演示数据：职业分类大典（2022年版）及标准');
    const added = Object.values(receipt.events).reduce((n, count) => n + count, 0);
    say(`catalogue ${sheet}: ${receipt.rows} rows, ${added} added`);
  }
}
