import type { Random } from '@tianfu/testing';
import type { NewProvider, PastClass, TrainingItem } from '../api-types.ts';
import { demoOccupations } from '../seed/demo-occupations.ts';

// The catalogue seed's 专项职业能力 items the demo's providers train (data/catalogue/special-abilities.csv).
const abilityNames: Readonly<Record<string, string>> = {
  'S51-0001': '川菜烹饪',
  'S51-0002': '竹编',
  'S51-0004': '川茶制作',
};
const occupationNames = new Map(Object.values(demoOccupations).map((o) => [o.code, o.name]));

export const itemName = (item: TrainingItem): string =>
  (item.kind === 'occupation' ? occupationNames.get(item.code) : abilityNames[item.code]) ?? item.code;

// The provider kinds that may train apprentices (services/training's rule data, docs/domain.md §7.6).
const apprenticeTrainers: readonly NewProvider['kind'][] = [
  'technical-school',
  'vocational-school',
  'enterprise-training-centre',
  'cross-enterprise-training-centre',
];
export const mayTrainApprentices = (kind: NewProvider['kind']): boolean => apprenticeTrainers.includes(kind);

const newFarmerItems = ['S51-0002', 'S51-0004', demoOccupations.teaProcessor.code, demoOccupations.teaTaster.code];

/** The 专栏5 brand a class runs under (docs/domain.md §5.4): 川菜师傅 for cooking, 天府新农人 for bamboo and tea … */
export function classBrand(random: Random, item: TrainingItem, kind: PastClass['kind']): PastClass['brand'] {
  if (item.code === demoOccupations.cook.code || item.code === 'S51-0001') return 'sichuan-cuisine-chef';
  if (newFarmerItems.includes(item.code)) return random.chance(0.7) ? 'tianfu-new-farmer' : null;
  if (item.code === demoOccupations.networkSecurity.code) return 'tianfu-digital-craftsman';
  if (kind === 'apprenticeship') return 'tianfu-technician';
  return null;
}
