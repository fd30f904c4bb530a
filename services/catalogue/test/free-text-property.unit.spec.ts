import { fileURLToPath } from 'node:url';
import {
  type AnyEventDefinition,
  catalogueEvents,
  GroupAdded,
  GroupAmended,
  OccupationAdded,
  OccupationAmended,
  OccupationRetired,
  SpecialAbilityAdded,
  SpecialAbilityAmended,
  SpecialAbilityRetired,
  StandardAdded,
  StandardAmended,
  StandardRetired,
  StandardSuperseded,
} from '@tianfu/contracts';
import { freeTextSuite } from '@tianfu/testing';
import {
  AddGroupSchema,
  AddOccupationSchema,
  AddSpecialAbilitySchema,
  AddStandardSchema,
  AmendGroupSchema,
  AmendOccupationSchema,
  AmendSpecialAbilitySchema,
  AmendStandardSchema,
  RetireSchema,
  SupersedeSchema,
} from '../src/http/entry-schemas.ts';

const at = (event: AnyEventDefinition, path: string) => ({ event, path });
const reason = '依据《中华人民共和国职业分类大典（2022年版）》';
const occupation = {
  name: '电工',
  kind: 'skilled',
  digital: false,
  green: false,
  workTypes: ['维修电工'],
  newOccupationPublishedOn: null,
  reason,
};
const standard = {
  title: '国家职业技能标准 电工',
  levels: [5, 4, 3],
  template: 'B',
  deviations: [
    {
      kind: 'replace',
      ruleId: 'B-level4-2',
      rule: {
        id: 'B-level4-2/x',
        text: '五级 + 2 yrs',
        allOf: [{ kind: 'holds-level', level: 'level5', yearsSince: 2 }],
      },
    },
  ],
  effectiveFrom: '2018-12-01',
  reason,
};
const standardText = (event: AnyEventDefinition) => ({
  title: [at(event, 'title')],
  'deviations.*.ruleId': [at(event, 'deviations.*.ruleId')],
  'deviations.*.rule.id': [at(event, 'deviations.*.rule.id')],
  'deviations.*.rule.text': [at(event, 'deviations.*.rule.text')],
  reason: [at(event, 'reason')],
});
const ability = { name: '川菜烹饪', regionCode: null, occupationCode: '4-03-02-01', publishedOn: '2021-01-01', reason };
const retire = (event: AnyEventDefinition) => ({
  body: RetireSchema,
  sample: { retiredOn: '2025-01-01', reason },
  text: { reason: [at(event, 'reason')] },
});

freeTextSuite({
  httpDir: fileURLToPath(new URL('../src/http', import.meta.url)),
  routes: {
    // A sheet: its rows are parsed by the entry schemas below.
    'POST /v1/catalogue/imports/:sheet': { body: null },
    'POST /v1/catalogue/groups': {
      body: AddGroupSchema,
      sample: { code: '6-31', name: '生产辅助人员', reason },
      text: { name: [at(GroupAdded, 'name')], reason: [at(GroupAdded, 'reason')] },
    },
    'PUT /v1/catalogue/groups/:code': {
      body: AmendGroupSchema,
      sample: { name: '生产辅助人员', reason },
      text: { name: [at(GroupAmended, 'name')], reason: [at(GroupAmended, 'reason')] },
    },
    'POST /v1/catalogue/occupations': {
      body: AddOccupationSchema,
      sample: { ...occupation, code: '6-31-01-03' },
      text: {
        name: [at(OccupationAdded, 'name')],
        'workTypes.*': [at(OccupationAdded, 'workTypes.*')],
        reason: [at(OccupationAdded, 'reason')],
      },
    },
    'PUT /v1/catalogue/occupations/:code': {
      body: AmendOccupationSchema,
      sample: occupation,
      text: {
        name: [at(OccupationAmended, 'name')],
        'workTypes.*': [at(OccupationAmended, 'workTypes.*')],
        reason: [at(OccupationAmended, 'reason')],
      },
    },
    'POST /v1/catalogue/occupations/:code/retire': retire(OccupationRetired),
    'POST /v1/catalogue/occupations/:code/standards': {
      body: AddStandardSchema,
      sample: { ...standard, version: '2018' },
      text: standardText(StandardAdded),
    },
    'PUT /v1/catalogue/occupations/:code/standards/:version': {
      body: AmendStandardSchema,
      sample: standard,
      text: standardText(StandardAmended),
    },
    'POST /v1/catalogue/occupations/:code/standards/:version/supersede': {
      body: SupersedeSchema,
      sample: { supersededOn: '2024-01-01', successorVersion: '2024', reason },
      text: { reason: [at(StandardSuperseded, 'reason')] },
    },
    'POST /v1/catalogue/occupations/:code/standards/:version/retire': retire(StandardRetired),
    'POST /v1/catalogue/special-abilities': {
      body: AddSpecialAbilitySchema,
      sample: { ...ability, code: 'S51-0001' },
      text: { name: [at(SpecialAbilityAdded, 'name')], reason: [at(SpecialAbilityAdded, 'reason')] },
    },
    'PUT /v1/catalogue/special-abilities/:code': {
      body: AmendSpecialAbilitySchema,
      sample: ability,
      text: { name: [at(SpecialAbilityAmended, 'name')], reason: [at(SpecialAbilityAmended, 'reason')] },
    },
    'POST /v1/catalogue/special-abilities/:code/retire': retire(SpecialAbilityRetired),
  },
  events: catalogueEvents,
  identifiers: [],
});
