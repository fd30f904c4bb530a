import { sichuanProvinceCode, sichuanRegions } from '@tianfu/contracts/forms';
import type { Lang } from '../../i18n/lang.tsx';

/** A subsidy region's name: Sichuan (510000) or one of its 市(州), by its code when unknown. */
export function regionName(code: string, lang: Lang): string {
  if (code === sichuanProvinceCode) return lang === 'zh' ? '四川省' : `Sichuan (${code})`;
  const region = sichuanRegions.find((r) => r.code === code);
  if (region === undefined) return code;
  return lang === 'zh' ? region.name : `${region.shortName} (${code})`;
}
