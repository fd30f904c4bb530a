import { type CompetitionTier, honourCatalogue, skillLevel } from '@tianfu/contracts/forms';
import type { Lang } from '../../i18n/lang.tsx';

type Named<K extends string> = Readonly<Record<K, { readonly zh: string; readonly en: string }>>;

const tiers: Named<CompetitionTier> = {
  worldskills: { zh: '世界技能大赛', en: 'WorldSkills' },
  'national-class-1': { zh: '国家级一类', en: 'National, class 1' },
  'national-class-2': { zh: '国家级二类', en: 'National, class 2' },
  'provincial-class-1': { zh: '省级一类', en: 'Provincial, class 1' },
  'provincial-class-2': { zh: '省级二类', en: 'Provincial, class 2' },
  municipal: { zh: '市级', en: 'Municipal' },
  industry: { zh: '行业', en: 'Industry' },
  enterprise: { zh: '企业/院校', en: 'Enterprise or school' },
};

const tracks: Named<'employee' | 'student'> = {
  employee: { zh: '职工', en: 'Employee' },
  student: { zh: '学生', en: 'Student' },
};

const medals: Named<'gold' | 'silver' | 'bronze' | 'excellence'> = {
  gold: { zh: '金牌', en: 'Gold' },
  silver: { zh: '银牌', en: 'Silver' },
  bronze: { zh: '铜牌', en: 'Bronze' },
  excellence: { zh: '优胜奖', en: 'Excellence' },
};

const statuses: Named<'open' | 'published' | 'confirmed'> = {
  open: { zh: '报名中', en: 'Taking entries' },
  published: { zh: '成绩已公布', en: 'Results published' },
  confirmed: { zh: '已核准', en: 'Confirmed (核准)' },
};

export const tierKeys = Object.keys(tiers) as CompetitionTier[];
export const trackKeys = Object.keys(tracks) as (keyof typeof tracks)[];
export const medalKeys = Object.keys(medals) as (keyof typeof medals)[];
export const certifiedLevelKeys = ['level5', 'level4', 'level3', 'level2', 'level1'] as const;

// A value the console does not know yet (a newer service) shows as the service wrote it.
const nameIn = <K extends string>(names: Named<K>, key: string, lang: Lang): string =>
  (names as Record<string, { zh: string; en: string }>)[key]?.[lang] ?? key;

const levelName = (level: string, lang: Lang): string => {
  const known = (certifiedLevelKeys as readonly string[]).includes(level);
  if (!known) return level;
  const step = skillLevel(level as (typeof certifiedLevelKeys)[number]);
  return lang === 'zh' ? step.label : `${level.replace('level', 'Level ')} (${step.label})`;
};

const honourName = (code: string): string => honourCatalogue.find((h) => h.code === code)?.name ?? code;

/** The names the organiser's pages give tiers, tracks, medals, states, levels and honours, in a language. */
export const competitionLabels = (lang: Lang) => ({
  tier: (key: string) => nameIn(tiers, key, lang),
  track: (key: string) => nameIn(tracks, key, lang),
  medal: (key: string | null) => (key === null ? '—' : nameIn(medals, key, lang)),
  status: (key: string) => nameIn(statuses, key, lang),
  level: (key: string | null) => (key === null ? '—' : levelName(key, lang)),
  honour: honourName,
});

export type CompetitionLabels = ReturnType<typeof competitionLabels>;
