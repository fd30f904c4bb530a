import { deciderSpec } from '@tianfu/decider/spec';
import { describe, expect, it } from 'vitest';
import type { ApprenticeFacts } from '../src/domain/apprentice-eligibility.ts';
import { dayAged } from '../src/domain/apprentice-eligibility.ts';
import { apprenticeship } from '../src/domain/apprenticeship.ts';
import { apprenticeEligibilityRules } from '../src/domain/apprenticeship-rule-data.ts';
import { agree, agreed, agreedAt } from './apprenticeship-samples.ts';
import { creditCode } from './samples.ts';

const spec = deciderSpec(apprenticeship);
const bornOn = (on: string, field: 'document.idNumber' | 'birthDate' = 'document.idNumber'): ApprenticeFacts => ({
  birthDate: { on, field },
  activeApprenticeshipId: null,
});
const refusedFor = (field: string, rule: string) => ({
  errors: [expect.objectContaining({ field, rule })],
});
/** An employer registered under `prefix` (登记管理部门 + 机构类别, GB 32100-2015). */
const employerOf = (prefix: string) => ({
  employer: { name: '成都市某单位', creditCode: creditCode(`${prefix}510100MA6CUXR00`), regionCode: '510100' as const },
});

describe('one active apprenticeship per worker (docs/domain.md §7.6)', () => {
  it('given the apprentice has another active apprenticeship, when a second is agreed, then it is refused naming the active one', () => {
    const apprentice = { ...bornOn('2005-06-15'), activeApprenticeshipId: 'ap-2024-007' };
    spec
      .given([])
      .when(agree({}, { apprentice }))
      .thenThrows('APPRENTICESHIP_ALREADY_ACTIVE', {
        activeApprenticeshipId: 'ap-2024-007',
        ...refusedFor('document', 'one_active_apprenticeship'),
      });
  });

  it('given none active, when agreed, then it is agreed', () => {
    spec
      .given([])
      .when(agree())
      .thenEmits([{ ...agreed(), occurredAt: agreedAt }]);
  });
});

describe('the apprentice is at least 16 on the first day (docs/domain.md §7.6, 劳动法 Art. 15, 川人社规〔2025〕11号)', () => {
  it('given a birth date 16 years before the first day, then agreed; a day later, refused naming the ID number and the rule', () => {
    spec
      .given([])
      .when(agree({ startsOn: '2025-03-01' }, { apprentice: bornOn('2009-03-01') }))
      .thenEmits([{ ...agreed({ startsOn: '2025-03-01' }), occurredAt: agreedAt }]);
    spec
      .given([])
      .when(agree({ startsOn: '2025-03-01' }, { apprentice: bornOn('2009-03-02') }))
      .thenThrows('APPRENTICESHIP_NOT_ELIGIBLE', refusedFor('document.idNumber', 'minimum_age'));
  });

  it('given a birth date declared with another document, then a refusal names birthDate; none at all is asked for', () => {
    spec
      .given([])
      .when(agree({}, { apprentice: bornOn('2010-01-01', 'birthDate') }))
      .thenThrows('APPRENTICESHIP_NOT_ELIGIBLE', refusedFor('birthDate', 'minimum_age'));
    spec
      .given([])
      .when(agree({}, { apprentice: { birthDate: null, activeApprenticeshipId: null } }))
      .thenThrows('APPRENTICESHIP_NOT_ELIGIBLE', refusedFor('birthDate', 'required_for_document'));
  });

  it('a 29 February birthday comes on 1 March in other years', () => {
    expect(dayAged('2008-02-29', 16)).toBe('2024-02-29');
    const startsOn = { startsOn: '2025-02-28', plannedEndOn: '2027-02-27' };
    spec
      .given([])
      .when(agree(startsOn, { apprentice: bornOn('2008-02-29'), eligibilityRules: [under17] }))
      .thenThrows('APPRENTICESHIP_NOT_ELIGIBLE', refusedFor('document.idNumber', 'minimum_age'));
    const nextDay = { startsOn: '2025-03-01', plannedEndOn: '2027-02-28' };
    spec
      .given([])
      .when(agree(nextDay, { apprentice: bornOn('2008-02-29'), eligibilityRules: [under17] }))
      .thenEmits([{ ...agreed(nextDay), occurredAt: agreedAt }]);
  });
});

/** A made-up rule asking 17, to put a 29 February birthday's anniversary in a common year. */
const under17 = {
  ...apprenticeEligibilityRules[0],
  minimumAge: 17,
  effectiveTo: null,
} as (typeof apprenticeEligibilityRules)[0];

describe('no apprentices for 机关事业单位 (docs/domain.md §7.6, 川人社规〔2025〕11号)', () => {
  it('given an employer registered as a 机关 or 事业单位 by its credit code, then refused naming employer.creditCode', () => {
    for (const prefix of ['11', '12', '13']) {
      spec
        .given([])
        .when(agree(employerOf(prefix)))
        .thenThrows('APPRENTICESHIP_NOT_ELIGIBLE', refusedFor('employer.creditCode', 'employer_kind_excluded'));
    }
  });

  it('given an enterprise, a 个体工商户 or a 民办非企业单位, then agreed', () => {
    for (const prefix of ['91', '92', '52']) {
      spec
        .given([])
        .when(agree(employerOf(prefix)))
        .thenEmits([{ ...agreed(employerOf(prefix)), occurredAt: agreedAt }]);
    }
  });

  it('given a start before any rule, then refused naming startsOn; the rule in force is picked by the first day', () => {
    const [before, from2025] = apprenticeEligibilityRules;
    if (before === undefined || from2025 === undefined) throw new Error('two dated rules expected');
    spec
      .given([])
      .when(agree({}, { eligibilityRules: [from2025] }))
      .thenThrows('APPRENTICESHIP_NOT_ELIGIBLE', refusedFor('startsOn', 'no_rule_in_force'));
    // A successor asking 18 from 2025-09-01: a 17-year-old is judged by the rule of the first day.
    const rules = [before, { ...from2025, ruleId: 'sc-later-18', minimumAge: 18 }];
    const seventeen = bornOn('2008-06-01');
    const terms = (startsOn: string) => ({ startsOn, plannedEndOn: `${Number(startsOn.slice(0, 4)) + 2}-08-30` });
    spec
      .given([])
      .when(agree(terms('2025-08-31'), { apprentice: seventeen, eligibilityRules: rules }))
      .thenEmits([{ ...agreed(terms('2025-08-31')), occurredAt: agreedAt }]);
    spec
      .given([])
      .when(agree(terms('2025-09-01'), { apprentice: seventeen, eligibilityRules: rules }))
      .thenThrows('APPRENTICESHIP_NOT_ELIGIBLE', {
        errors: [
          expect.objectContaining({ field: 'document.idNumber', message: expect.stringContaining('sc-later-18') }),
        ],
      });
  });
});
