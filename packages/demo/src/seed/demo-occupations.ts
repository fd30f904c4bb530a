import { findSeedOccupation } from '@tianfu/contracts';

export interface DemoOccupation {
  readonly code: string;
  readonly name: string;
  /** The 国家职业技能标准 version the assessment service has on record for it. */
  readonly standardVersion: string;
  /** Of the six leading industries (六大优势产业, docs/domain.md §5.2). */
  readonly industry: string;
}

const occupation = (code: string, standardVersion: string, industry: string): DemoOccupation => ({
  code,
  name: findSeedOccupation(code)?.name ?? code,
  standardVersion,
  industry,
});

/** The occupations of docs/domain.md §3.4, with the standard versions on record (2018 for 电工 and 焊工). */
export const demoOccupations = {
  electrician: occupation('6-31-01-03', '2018', '装备制造'),
  welder: occupation('6-18-02-04', '2018', '装备制造'),
  latheOperator: occupation('6-18-01-01', '2022', '装备制造'),
  cook: occupation('4-03-02-01', '2022', '食品轻纺'),
  elderlyCare: occupation('4-10-01-05', '2022', '医药健康'),
  networkSecurity: occupation('4-04-04-02', '2022', '电子信息'),
} as const;
