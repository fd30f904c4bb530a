import type { OccupationCode } from './occupation-code.ts';
import type { CertificateDigit } from './skill-level-table.ts';

/** Which facts of a seed row still wait for a check against the national standard list (⚠). */
export type UnconfirmedOccupationFact = 'code' | 'levels';

export interface OccupationSeed {
  readonly code: OccupationCode;
  readonly name: string;
  readonly nameEn: string;
  /** Certificate digits the standard offers; not every occupation has all five. */
  readonly levels: readonly CertificateDigit[];
  /** Year of the 国家职业技能标准 the level set comes from, when known. */
  readonly standardYear: number | null;
  readonly unconfirmed: readonly UnconfirmedOccupationFact[];
}

const allFive: readonly CertificateDigit[] = [5, 4, 3, 2, 1];

/**
 * A starting set of occupations (docs/domain.md §3.4). Confirm ⚠ rows against www.osta.org.cn before
 * relying on them; real level sets belong to an occupation and standard version.
 */
export const occupationSeed: readonly OccupationSeed[] = [
  { code: '6-31-01-03', name: '电工', nameEn: 'electrician', levels: allFive, standardYear: 2018, unconfirmed: [] },
  { code: '6-18-02-04', name: '焊工', nameEn: 'welder', levels: allFive, standardYear: 2018, unconfirmed: [] },
  {
    code: '6-18-01-01',
    name: '车工',
    nameEn: 'lathe operator',
    levels: allFive,
    standardYear: null,
    unconfirmed: ['code', 'levels'],
  },
  {
    code: '4-03-02-01',
    name: '中式烹调师',
    nameEn: 'Chinese cook',
    levels: allFive,
    standardYear: null,
    unconfirmed: [],
  },
  {
    code: '4-10-01-05',
    name: '养老护理员',
    nameEn: 'elderly-care worker',
    levels: allFive,
    standardYear: null,
    unconfirmed: ['code', 'levels'],
  },
  {
    code: '4-04-04-02',
    name: '网络与信息安全管理员',
    nameEn: 'network and information security administrator',
    levels: allFive,
    standardYear: null,
    unconfirmed: ['levels'],
  },
];

export const findSeedOccupation = (code: OccupationCode): OccupationSeed | undefined =>
  occupationSeed.find((o) => o.code === code);
