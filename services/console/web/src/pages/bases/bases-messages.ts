import { defineMessages } from '../../i18n/messages.ts';
import type { Choice } from '../../ui/choices.ts';

export const basesMessages = defineMessages({
  zh: {
    title: '技能大师工作室与培训基地',
    lead: '按类型、级别和所在市(州)查看已登记的工作室和基地，它们计入规划的基地指标；人才办登记新的工作室或基地。',
    filters: '筛选',
    kind: '类型',
    anyKind: '全部类型',
    level: '级别',
    anyLevel: '全部级别',
    region: '所在市(州)',
    anyRegion: '全部市(州)',
    search: '查询',
    name: '名称',
    sealedName: '（以大师姓名命名，属个人信息，仅人才办可见）',
    industry: '行业',
    establishedOn: '设立日期',
    master: '领办大师',
    members: '成员人数',
    hasMaster: '有',
    noMaster: '—',
    none: '没有符合条件的工作室或基地。',
    registerTitle: '登记工作室或基地',
    nameHint: '以大师姓名命名的工作室名称属于个人信息，会按大师的密钥加密保存。',
    industryHint: '例如六大优势产业：电子信息、装备制造、食品轻纺、能源化工、先进材料、医药健康。',
    masterIdNumber: '领办大师居民身份证号',
    masterName: '领办大师姓名',
    masterHint: '技能大师工作室填写领办大师；其他基地留空。',
    register: '登记',
    registered: (name: string) => `已登记：${name}。`,
  },
  en: {
    title: 'Master studios and training bases',
    lead: 'The studios and bases registered, by kind, level and 市(州); they count toward the plan’s base targets. The talent office registers new ones.',
    filters: 'Filters',
    kind: 'Kind',
    anyKind: 'Any kind',
    level: 'Level',
    anyLevel: 'Any level',
    region: '市(州)',
    anyRegion: 'Any 市(州)',
    search: 'Search',
    name: 'Name',
    sealedName: '(named after its master: personal data, shown to the talent office only)',
    industry: 'Industry',
    establishedOn: 'Established',
    master: 'Master',
    members: 'Members',
    hasMaster: 'yes',
    noMaster: '—',
    none: 'No studios or bases match.',
    registerTitle: 'Register a studio or base',
    nameHint: 'A studio named after its master is personal data: it is kept sealed under the master’s key.',
    industryHint:
      'For instance one of the six leading industries: 电子信息, 装备制造, 食品轻纺, 能源化工, 先进材料, 医药健康.',
    masterIdNumber: 'Master’s resident ID number',
    masterName: 'Master’s name',
    masterHint: 'For a master studio, the master who leads it; leave empty for other bases.',
    register: 'Register',
    registered: (name: string) => `Registered: ${name}.`,
  },
});

/** The kinds of base by their API names (docs/domain.md §5.3). */
export const baseKindNames = defineMessages({
  zh: {
    'master-studio': '技能大师工作室',
    'high-skill-training-base': '高技能人才培训基地',
    'public-training-base': '公共实训基地',
    'park-cultivation-base': '园区高技能人才培育基地',
  },
  en: {
    'master-studio': 'Master studio (技能大师工作室)',
    'high-skill-training-base': 'High-skill training base',
    'public-training-base': 'Public training base',
    'park-cultivation-base': 'Industrial park cultivation base',
  },
});

export const baseLevelNames = defineMessages({
  zh: { national: '国家级', provincial: '省级', municipal: '市级' },
  en: { national: 'National', provincial: 'Provincial', municipal: 'Municipal' },
});

/** A set of names by API value as a select's choices, in the order they are named. */
export const choicesOf = (names: Readonly<Record<string, string>>): readonly Choice[] => Object.entries(names);
