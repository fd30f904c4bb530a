import type { OccupationFiledData } from '@tianfu/contracts';
import { deciderSpec } from '@tianfu/decider/spec';
import { testCatalogue } from '@tianfu/testing';
import { describe, expect, it } from 'vitest';
import { type BodyEvent, evaluationBody } from '../src/domain/evaluation-body.ts';
import { NOW, validBody } from './fixtures.ts';

const at = NOW.toISOString();
const bodyId = 'panzhihua-centre';
const registered: BodyEvent = {
  type: 'assessment.BodyRegistered',
  data: { bodyId, ...validBody, registeredAt: at, kind: 'Y', category: 'employer' },
};
const spec = deciderSpec(evaluationBody);
const catalogue = testCatalogue();

/** Filing as the handler hands it in: the request, and the catalogue's record of the occupation it names. */
const filing = (
  occupationCode: string,
  standardVersion: string,
  levels: OccupationFiledData['levels'] = ['level3'],
) => {
  const data = { bodyId, occupationCode, standardVersion, levels, filedAt: at };
  return { type: 'FileOccupation', data, occupation: catalogue.occupations.get(occupationCode) ?? null } as const;
};
const field = (name: string, rule: string) => ({ errors: [{ field: name, rule, message: expect.any(String) }] });

describe('filing (备案) against the catalogue (docs/domain.md §3.4)', () => {
  it('given a registered body, when it files an occupation beyond the six (评茶师, standard 2019), then it is filed', () => {
    const command = filing('6-02-06-11', '2019', ['level5', 'level4']);
    spec
      .given([registered])
      .when(command)
      .thenEmits([{ type: 'assessment.OccupationFiled', data: command.data, occurredAt: at }]);
  });

  it('when the occupation is not in the catalogue, then STANDARD_NOT_FOUND naming occupationCode', () => {
    spec
      .given([registered])
      .when(filing('6-18-01-07', '2019'))
      .thenThrows('STANDARD_NOT_FOUND', field('occupationCode', 'not_in_catalogue'));
  });

  it('when the catalogue has no such version of the occupation, then STANDARD_NOT_FOUND naming standardVersion', () => {
    spec
      .given([registered])
      .when(filing('6-02-06-11', '2022'))
      .thenThrows('STANDARD_NOT_FOUND', field('standardVersion', 'not_in_catalogue'));
  });

  it('when the occupation is retired, then STANDARD_NOT_IN_FORCE naming occupationCode', () => {
    spec
      .given([registered])
      .when(filing('6-31-01-99', '2018'))
      .thenThrows('STANDARD_NOT_IN_FORCE', field('occupationCode', 'occupation_retired'));
  });

  it('when the standard is retired, superseded or not yet in force, then STANDARD_NOT_IN_FORCE naming standardVersion', () => {
    const cases = [
      ['6-18-02-04', '2009', 'standard_retired'],
      ['6-31-01-03', '2009', 'standard_superseded'],
      ['6-02-06-11', '2030', 'not_yet_effective'],
    ] as const;
    for (const [code, version, rule] of cases) {
      spec
        .given([registered])
        .when(filing(code, version))
        .thenThrows('STANDARD_NOT_IN_FORCE', field('standardVersion', rule));
    }
  });

  it('when a level is one the catalogue’s standard does not offer, then LEVEL_NOT_OFFERED naming levels', () => {
    const fourToOne = testCatalogue({
      type: 'catalogue.StandardAmended',
      data: {
        occupationCode: '6-02-06-11',
        version: '2019',
        title: '国家职业技能标准 评茶员（2019年版）',
        levels: [4, 3, 2, 1],
        template: 'A',
        deviations: [],
        effectiveFrom: '2019-01-01',
        reason: '核对标准文本',
      },
    });
    const command = {
      ...filing('6-02-06-11', '2019', ['level5']),
      occupation: fourToOne.occupations.get('6-02-06-11') ?? null,
    };
    spec.given([registered]).when(command).thenThrows('LEVEL_NOT_OFFERED', field('levels', 'level_not_offered'));
  });
});
