import { honourCatalogue, sichuanRegions } from '@tianfu/contracts/forms';
import { useLang } from '../i18n/lang.tsx';

/** A select's choice: the value sent, the label shown. */
export type Choice = readonly [value: string, label: string];

/** Sichuan's 21 市(州): by name in Chinese, by short name and code in English. */
export function useRegionChoices(): readonly Choice[] {
  const { lang } = useLang();
  return sichuanRegions.map((r) => [r.code, lang === 'zh' ? r.name : `${r.shortName} (${r.code})`]);
}

/** The honours of the catalogue (docs/domain.md §4.2): by name, with the code in English. */
export function useHonourChoices(): readonly Choice[] {
  const { lang } = useLang();
  return honourCatalogue.map((h) => [h.code, lang === 'zh' ? h.name : `${h.name} (${h.code})`]);
}
