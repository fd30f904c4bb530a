export interface DemoOccupation {
  readonly code: string;
  readonly name: string;
  /** The 国家职业技能标准 version the catalogue seed (data/catalogue/standards.csv) holds for it. */
  readonly standardVersion: string;
  /** Of the six leading industries (六大优势产业, docs/domain.md §5.2). */
  readonly industry: string;
}

const occupation = (code: string, name: string, standardVersion: string, industry: string): DemoOccupation => ({
  code,
  name,
  standardVersion,
  industry,
});

/**
 * The occupations the demo's bodies file, each with a standard version of the catalogue seed: the
 * six the platform began with (2018 for 电工 and 焊工), and three the catalogue brought, which
 * bodies now file with no change to the code.
 */
export const demoOccupations = {
  electrician: occupation('6-31-01-03', '电工', '2018', '装备制造'),
  welder: occupation('6-18-02-04', '焊工', '2018', '装备制造'),
  latheOperator: occupation('6-18-01-01', '车工', '2022', '装备制造'),
  cook: occupation('4-03-02-01', '中式烹调师', '2022', '食品轻纺'),
  elderlyCare: occupation('4-10-01-05', '养老护理员', '2022', '医药健康'),
  networkSecurity: occupation('4-04-04-02', '网络与信息安全管理员', '2022', '电子信息'),
  teaProcessor: occupation('6-02-06-10', '茶叶加工工', '2009', '食品轻纺'),
  teaTaster: occupation('6-02-06-11', '评茶师', '2019', '食品轻纺'),
  autoRepair: occupation('4-12-01-01', '汽车维修工', '2018', '装备制造'),
} as const;
