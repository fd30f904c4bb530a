import { randomFor } from '@tianfu/testing';
import type { CertifiedLevel, HonourGrant, NewBase, Person } from '../api-types.ts';
import { type DemoOccupation, demoOccupations as o } from './demo-occupations.ts';
import type { Passer, PasserPool } from './passers.ts';

interface Round {
  readonly honour: HonourGrant['honour'];
  readonly round: string;
  readonly grantedOn: string;
  readonly authority: string;
  readonly documentNo: string;
}

const skillMasters2024: Round = {
  honour: 'sichuan-skill-master',
  round: '2024',
  grantedOn: '2024-04-28',
  authority: '四川省人力资源和社会保障厅',
  documentNo: '川人社函〔2024〕112号',
};
const tianfuCraftsmen2023: Round = {
  honour: 'tianfu-craftsman',
  round: '2023',
  grantedOn: '2023-11-20',
  authority: '四川省人民政府',
  documentNo: '川府函〔2023〕236号',
};
const leadingTalent2025: Round = {
  honour: 'high-skill-leading-talent',
  round: '2025',
  grantedOn: '2025-06-30',
  authority: '四川省人力资源和社会保障厅',
  documentNo: '川人社函〔2025〕87号',
};

const highSkill: readonly CertifiedLevel[] = ['level1', 'level2', 'level3'];
const anyLevel: readonly CertifiedLevel[] = ['level1', 'level2', 'level3', 'level4', 'level5'];

const person = ({ person: { document, name } }: Passer): Person => ({ document, name });
const grant = (round: Round, passer: Passer): HonourGrant => ({ ...person(passer), ...round });

export interface PlannedTalent {
  readonly grants: readonly HonourGrant[];
  readonly bases: readonly NewBase[];
}

function masterStudio(pool: PasserPool, master: Passer, occupation: DemoOccupation, establishedOn: string): NewBase {
  const random = randomFor(`studio:${master.person.document.idNumber}`);
  const query = { occupationCode: occupation.code, levels: anyLevel, bodyId: master.body.bodyId };
  return {
    baseId: `studio-${master.body.bodyId}-${occupation.code.replaceAll('-', '')}`,
    kind: 'master-studio',
    name: `${master.person.name}技能大师工作室`,
    level: 'provincial',
    regionCode: master.body.regionCode,
    industry: occupation.industry,
    establishedOn,
    master: person(master),
    members: pool.take(random, 4, query).map(person),
  };
}

const trainingBase = (
  kind: NewBase['kind'],
  name: string,
  regionCode: string,
  industry: string,
  establishedOn: string,
): NewBase => ({
  baseId: `base-${regionCode}-${kind}`,
  kind,
  name,
  level: 'provincial',
  regionCode,
  industry,
  establishedOn,
  master: null,
  members: [],
});

const trainingBases: readonly NewBase[] = [
  trainingBase('public-training-base', '甘孜州公共实训基地', '513300', '食品轻纺', '2024-05-20'),
  trainingBase('public-training-base', '凉山州公共实训基地', '513400', '能源化工', '2025-03-18'),
  trainingBase('high-skill-training-base', '阿坝州高技能人才培训基地', '513200', '医药健康', '2023-10-10'),
  trainingBase('park-cultivation-base', '德阳经济技术开发区高技能人才培育基地', '510600', '装备制造', '2025-06-06'),
];

/**
 * Honours by selection (docs/domain.md §4.2) for the seeded exams' best, 四川技能大师 first for
 * `champion` (who also gets a 技能大师工作室); more studios and the plan's training bases (§5.3).
 */
export function planTalent(pool: PasserPool, champion: { passer: Passer; occupation: DemoOccupation }): PlannedTalent {
  const random = randomFor('honours');
  const masters = [o.electrician, o.cook, o.elderlyCare, o.networkSecurity].map(
    (occupation) => pool.take(random, 1, { occupationCode: occupation.code, levels: highSkill })[0] as Passer,
  );
  const craftsmen = pool.take(random, 4, { occupationCode: o.cook.code, levels: highSkill });
  const leaders = [o.welder, o.electrician, o.networkSecurity].flatMap((occupation) =>
    pool.take(random, 1, { occupationCode: occupation.code, levels: highSkill }),
  );
  const grants = [
    grant(skillMasters2024, champion.passer),
    ...masters.map((m) => grant(skillMasters2024, m)),
    ...craftsmen.map((c) => grant(tianfuCraftsmen2023, c)),
    ...leaders.map((l) => grant(leadingTalent2025, l)),
  ];
  const [cookMaster] = masters.filter((m) => m.occupationCode === o.cook.code);
  const studios = [
    masterStudio(pool, champion.passer, champion.occupation, '2025-05-12'),
    ...(cookMaster === undefined ? [] : [masterStudio(pool, cookMaster, o.cook, '2024-09-01')]),
  ];
  return { grants, bases: [...studios, ...trainingBases] };
}
