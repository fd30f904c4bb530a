import { fileURLToPath } from 'node:url';
import {
  type AnyEventDefinition,
  CompetitionRegistered,
  competitionEvents,
  HonourEarned,
  OrganiserGrantSet,
  PromotionAwarded,
  ResultCorrected,
  ResultsPublished,
} from '@tianfu/contracts';
import { freeTextSuite, residentIdNumber } from '@tianfu/testing';
import {
  ConfirmSchema,
  CorrectResultSchema,
  PublishResultsSchema,
  RegisterCompetitionSchema,
  RegisterEntrantSchema,
  SetGrantSchema,
} from '../src/http/competition-schemas.ts';

const at = (event: AnyEventDefinition, path: string) => ({ event, path });
const plan = { contestEventId: 'c-1', name: '电工', occupationCode: '6-31-01-03', level: 'level3', track: 'employee' };

freeTextSuite({
  httpDir: fileURLToPath(new URL('../src/http', import.meta.url)),
  routes: {
    'POST /v1/competitions': {
      body: RegisterCompetitionSchema,
      sample: {
        competitionId: 'k-1',
        name: '四川技能大赛',
        tier: 'provincial-class-1',
        year: 2025,
        issuingBody: { bodyId: 'b-1', filingNo: 'Y000051001064', bodyName: '某评价机构' },
        contestEvents: [plan],
      },
      text: {
        name: [at(CompetitionRegistered, 'name')],
        'issuingBody.bodyName': [at(CompetitionRegistered, 'issuingBody.bodyName')],
        'contestEvents.*.name': [at(CompetitionRegistered, 'contestEvents.*.name')],
        'contestEvents.*.workType': [at(CompetitionRegistered, 'contestEvents.*.workType')],
      },
    },
    'POST /v1/competitions/:competitionId/entrants': {
      body: RegisterEntrantSchema,
      sample: {
        contestEventId: 'c-1',
        entrantId: 'e-1',
        document: { idType: 'resident-id-card', idNumber: residentIdNumber(1) },
        name: '张三',
      },
      text: { name: [{ only: 'sealed under the worker key before anything keeps it' }] },
    },
    'POST /v1/competitions/:competitionId/results': {
      body: PublishResultsSchema,
      sample: { contestEventId: 'c-1', results: [{ entrantId: 'e-1', rank: 1, prize: '一等奖' }] },
      text: { 'results.*.prize': [at(ResultsPublished, 'results.*.prize')] },
    },
    'POST /v1/competitions/:competitionId/results/:contestEventId/corrections': {
      body: CorrectResultSchema,
      sample: { entrantId: 'e-1', rank: 2, prize: '二等奖', reason: '复核更正' },
      text: { prize: [at(ResultCorrected, 'corrected.prize')], reason: [at(ResultCorrected, 'reason')] },
    },
    'POST /v1/competitions/:competitionId/confirm': { body: ConfirmSchema, sample: { contestEventId: 'c-1' } },
    'PUT /v1/organisers/:organiserId/grants/:bodyId': {
      body: SetGrantSchema,
      sample: { tiers: ['municipal'], reason: '备案' },
      text: { reason: [at(OrganiserGrantSet, 'reason')] },
    },
  },
  events: competitionEvents,
  carries: [
    { from: at(CompetitionRegistered, 'name'), to: at(PromotionAwarded, 'competitionName') },
    { from: at(CompetitionRegistered, 'name'), to: at(HonourEarned, 'competitionName') },
    { from: at(CompetitionRegistered, 'contestEvents.*.workType'), to: at(PromotionAwarded, 'workType') },
    { from: at(CompetitionRegistered, 'issuingBody.bodyName'), to: at(PromotionAwarded, 'issuingBody.bodyName') },
    { from: at(ResultsPublished, 'results.*.prize'), to: at(ResultCorrected, 'previous.prize') },
  ],
  generated: {
    'competition.CompetitionRegistered organiser': "the organiser token's subject",
    'competition.ResultCorrected correctedBy': "the correcting token's subject",
  },
  identifiers: [
    'organiserId',
    'competitionId',
    'contestEventId',
    'entrantId',
    'ruleSetId',
    'ruleId',
    'teamId',
    'bodyId',
  ],
});
