import { sichuanProvinceCode } from '@tianfu/contracts/forms';
import { useMessages } from '../../i18n/messages.ts';
import { type Choice, useRegionChoices } from '../../ui/choices.ts';
import { subsidyMessages } from './subsidy-messages.ts';

/** The regions that hold a subsidy budget and pay it: Sichuan itself, then its 21 市(州). */
export function useSubsidyRegionChoices(): readonly Choice[] {
  const t = useMessages(subsidyMessages);
  return [[sichuanProvinceCode, t.sichuan], ...useRegionChoices()];
}
