import type { ShortageList } from '@tianfu/contracts';

/**
 * Sichuan's 急需紧缺 occupation lists as dated data (docs/domain.md §7.8). None could be found for
 * the province or a 市(州), so none is shipped and no claim gets an uplift or extra claims yet; a list
 * found is added here with its clause, and every claim judged on a day it covers reads it.
 */
export const sichuanShortageLists: readonly ShortageList[] = [];
