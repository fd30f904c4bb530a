import { randomFor } from '@tianfu/testing';
import type { Apprenticeship } from '../api-types.ts';
import { unifiedSocialCreditCode } from '../bodies/body-codes.ts';
import { personName } from '../people/chinese-names.ts';
import type { DemoPeople, DemoPerson } from '../people/demo-people.ts';
import type { DemoProvider } from '../seed/plan-providers.ts';
import { mayTrainApprentices } from './item-traits.ts';

/** A 企业新型学徒制 agreement of 2023–2024 that ran its year and completed: the 学徒工 step. */
export interface PlannedApprenticeship {
  readonly body: Apprenticeship;
  readonly apprentice: DemoPerson;
  readonly completedOn: string;
}

// The employers whose workers the demo's providers train as apprentices, in the providers' 市(州).
const employers: Readonly<Record<string, readonly [name: string, county: string]>> = {
  'cd-sichuan-cuisine-school': ['四川蜀味餐饮管理有限公司', '510104'],
  'my-vocational-school': ['四川长虹电器股份有限公司', '510703'],
  'dy-dongfang-training-centre': ['东方电气集团东方汽轮机有限公司', '510603'],
  'yb-cross-enterprise-centre': ['宜宾市叙州区智能制造有限公司', '511502'],
};

const dayBefore = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/** A year from the first day, ending the day before the same date a year on (the rule's 12 months). */
const yearFrom = (day: string): string => dayBefore(`${Number(day.slice(0, 4)) + 1}${day.slice(4)}`);

/** Some apprentices a year for each provider that may train them, on the occupations it trains. */
export function planApprenticeships(providers: readonly DemoProvider[], people: DemoPeople): PlannedApprenticeship[] {
  const trainers = providers.filter((p) => p.suspension === null && mayTrainApprentices(p.provider.kind));
  return trainers.flatMap(({ provider }) => {
    const random = randomFor(`apprenticeships:${provider.providerId}`);
    const [employerName, county] = employers[provider.providerId] ?? [`${provider.name}合作企业`, '510104'];
    const employer = {
      name: employerName,
      creditCode: unifiedSocialCreditCode(random, 'employer', county),
      regionCode: provider.regionCode,
    };
    const occupations = provider.items.filter((i) => i.kind === 'occupation').map((i) => i.code);
    return Array.from({ length: random.int(6, 10) }, (_, i): PlannedApprenticeship => {
      const startsOn = `${random.pick([2023, 2024])}-${random.pick(['03', '09'])}-01`;
      const apprentice = people(random, provider.regionCode, { from: 1998, to: 2006 });
      const body: Apprenticeship = {
        apprenticeshipId: `${provider.providerId}-ap-${String(i + 1).padStart(2, '0')}`,
        employer,
        providerId: provider.providerId,
        document: apprentice.document,
        name: apprentice.name,
        mentorName: personName(random, 'male', 'han'),
        teacherName: personName(random, random.chance(0.5) ? 'male' : 'female', 'han'),
        occupationCode: random.pick(occupations),
        targetLevel: 'level4',
        startsOn,
        plannedEndOn: yearFrom(startsOn),
      };
      return { body, apprentice, completedOn: body.plannedEndOn };
    });
  });
}
