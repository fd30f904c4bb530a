import { type ClassFiledData, type ProviderRegisteredData, type Sitting, usccCheckChar } from '@tianfu/contracts';
import type { Provider, ProviderEvent } from '../src/domain/provider.ts';
import type { ClassCommand } from '../src/domain/training-class.ts';

export const at = '2025-03-01T02:00:00.000Z';

/** A 统一社会信用代码 with its check character, from its first 17 characters. */
export const creditCode = (first17 = '91510100MA61CHEF0'): string => `${first17}${usccCheckChar(first17)}`;

/** A 技工院校 in 成都 that may train 中式烹调师 and the 川菜烹饪 专项职业能力 item. */
export const registration = (providerId = 'cd-chef-school'): ProviderRegisteredData => ({
  providerId,
  kind: 'technical-school',
  name: '四川烹饪技工学校',
  creditCode: creditCode(),
  regionCode: '510100',
  items: [
    { kind: 'occupation', code: '4-03-02-01' },
    { kind: 'special-ability', code: 'S51-0012' },
  ],
  registeredAt: at,
});

export const registered = (providerId?: string): ProviderEvent => ({
  type: 'training.ProviderRegistered',
  data: registration(providerId),
});

export const statusEvent = (
  type: 'training.ProviderSuspended' | 'training.ProviderReinstated' | 'training.ProviderRemoved',
  reason = '双随机检查发现虚报学员',
): ProviderEvent => ({ type, data: { providerId: 'cd-chef-school', reason, at } });

/** The provider as its registration alone built it. */
export const listedProvider = (status: Provider['status'] = 'listed'): Provider => ({
  ...registration(),
  status,
  statusReason: null,
  statusChangedAt: null,
  gradings: [],
});

export const sitting = (n: number, extra: Partial<Sitting> = {}): Sitting => ({
  sittingId: `s${n}`,
  date: `2025-03-${String(10 + n).padStart(2, '0')}`,
  start: '09:00',
  end: '17:00',
  theoryHours: 3,
  practicalHours: 4,
  ...extra,
});

/** A 川菜师傅 class of 中式烹调师 at 四级, filed on `at` for three days later. */
export const classData = (extra: Partial<ClassFiledData> = {}): ClassFiledData => ({
  classId: 'chef-2025-01',
  providerId: 'cd-chef-school',
  name: '川菜师傅 中式烹调师（四级）2025 第1期',
  item: { kind: 'occupation', code: '4-03-02-01' },
  targetLevel: 'level4',
  kind: 'employment',
  deliveryModel: 'project',
  brand: 'sichuan-cuisine-chef',
  sittings: [sitting(1), sitting(2)],
  capacity: 40,
  subsidised: true,
  filedAt: at,
  ...extra,
});

export const fileClass = (
  extra: Partial<ClassFiledData> = {},
  command: Partial<Omit<ClassCommand, 'type' | 'data'>> = {},
): ClassCommand => ({
  type: 'FileClass',
  data: classData(extra),
  provider: listedProvider(),
  standing: 'listed',
  offeredLevels: ['level5', 'level4', 'level3', 'level2', 'level1'],
  ...command,
});
