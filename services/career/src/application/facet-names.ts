import {
  findHonour,
  type HonourCode,
  type SkillLevelKey,
  sichuanRegion,
  skillLevel,
  trainingBrands,
  trainingKinds,
} from '@tianfu/contracts';
import { industryName } from '../domain/industries.ts';
import { medalNames } from '../domain/medals.ts';
import { type Facets, NO_STEP, UNPLACED } from '../talent-pool/talent-pool-query.ts';
import { type CatalogueNames, namesOf } from './catalogue-names.ts';

/** The Chinese name of each code the talent pool counts and lists; undefined for a code it does not know. */
export const codeNames = {
  region: (code: string) => (code === UNPLACED ? '未知' : sichuanRegion(code)?.name),
  highest: (key: string) => (key === NO_STEP ? '无' : skillLevel(key as SkillLevelKey).label),
  industry: industryName,
  honour: (code: string) => findHonour(code as HonourCode).name,
  medal: (medal: string): string | undefined => medalNames[medal as keyof typeof medalNames],
  trainingKind: (code: string) => trainingKinds.find((k) => k.code === code)?.zh,
  trainingBrand: (code: string) => trainingBrands.find((b) => b.code === code)?.zh,
} as const;

/**
 * A name for every code a talent-pool page's facets count, so a page shows 成都市, 三级/高级工,
 * 装备制造, 全国技术能手, 金牌 and the catalogue's occupations without tables of its own.
 */
export function facetNames(facets: Facets, catalogue: CatalogueNames) {
  return {
    region: namesOf(facets.region, codeNames.region),
    highest: namesOf(facets.highest, codeNames.highest),
    industry: namesOf(facets.industry, codeNames.industry),
    honour: namesOf(facets.honour, codeNames.honour),
    medal: namesOf(facets.medal, codeNames.medal),
    trainingKind: namesOf(facets.trainingKind, codeNames.trainingKind),
    trainingBrand: namesOf(facets.trainingBrand, codeNames.trainingBrand),
    ...catalogue.facets(facets),
  };
}
