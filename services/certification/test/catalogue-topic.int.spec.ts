import type { CatalogueState } from '@tianfu/catalogue-view/state';
import { chinaDate } from '@tianfu/contracts';
import {
  residentIdNumber,
  type TestCatalogueTopic,
  teaProcessor,
  teaProcessorImported,
  testCatalogueTopic,
  useTestDatabase,
  waitUntil,
} from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CertificationFixture, certificationApp, office } from './http-fixtures.ts';

const reason = '大典 2022';
const db = useTestDatabase('certification-catalogue');
const run = Date.now().toString(36);
const today = chinaDate(new Date().toISOString());
const yesterday = chinaDate(new Date(Date.now() - 86_400_000).toISOString());
let held: TestCatalogueTopic;
let fixture: CertificationFixture;

const recognition = (n: number, occupationCode: string, decidedOn: string) => ({
  recognitionId: `${run}-${n}`,
  document: { idType: 'resident-id-card', idNumber: residentIdNumber(300 + n, '511800') },
  name: '雅安茶师',
  body: { bodyId: 'b-tea', filingNo: fixture.filingNo, bodyName: '雅安某茶业有限公司' },
  occupationCode,
  level: 'level3',
  evidence: {
    yearsInOccupation: 6,
    employer: { name: '雅安某茶业有限公司' },
    panel: { decision: 'approved', decidedOn, documentNo: `雅评〔2025〕${n}号` },
  },
});
const recognise = async (payload: object) =>
  fixture.app.inject({
    method: 'POST',
    url: '/v1/certificates/direct-recognitions',
    headers: await office(),
    payload,
  });
const verify = async (certificateNo: string) => (await fixture.verify(certificateNo, '雅安茶师')).json();
const holds = (test: (state: CatalogueState) => boolean, what: string) =>
  waitUntil(() => held.follower.current(), test, { what });

beforeAll(async () => {
  held = await testCatalogueTopic('certification-catalogue');
  fixture = await certificationApp(db(), undefined, { catalogue: held.follower });
}, 120_000);

afterAll(async () => {
  await fixture?.app.close();
  await held?.stop();
}, 60_000);

describe('certification holds the catalogue from its topic (real Kafka)', () => {
  it('an occupation it does not hold is refused 422 naming the field, and nothing is issued', async () => {
    const refused = await recognise(recognition(1, teaProcessor, yesterday));
    expect(refused.statusCode).toBe(422);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json()).toMatchObject({
      code: 'OCCUPATION_NOT_IN_CATALOGUE',
      field: 'occupationCode',
      rule: 'in_catalogue',
    });
    expect(await fixture.storage.records.countDocuments({ occupationCode: teaProcessor })).toBe(0);
  });

  it('an occupation imported later is issued at the levels its standard offers, verified under its name, and still verifies once retired', async () => {
    await held.publish(...teaProcessorImported);
    await holds((state) => state.occupations.has(teaProcessor), 'certification to hold 茶叶加工工');
    const notOffered = await recognise({ ...recognition(2, teaProcessor, yesterday), level: 'level2' });
    expect(notOffered.json()).toMatchObject({ code: 'LEVEL_NOT_OFFERED', field: 'level' });

    const issued = await recognise(recognition(3, teaProcessor, yesterday));
    expect(issued.statusCode).toBe(201);
    const { certificateNo } = issued.json();
    expect(await verify(certificateNo)).toMatchObject({
      result: 'valid',
      certificate: { occupationCode: teaProcessor, occupationName: '茶叶加工工' },
    });

    await held.publish({ type: 'catalogue.OccupationRetired', data: { code: teaProcessor, retiredOn: today, reason } });
    await holds((state) => state.occupations.get(teaProcessor)?.retiredOn === today, 'the retirement to arrive');
    expect(await verify(certificateNo)).toMatchObject({
      result: 'valid',
      certificate: { occupationName: '茶叶加工工' },
    });
    const afterRetirement = await recognise(recognition(4, teaProcessor, today));
    expect(afterRetirement.json()).toMatchObject({ code: 'OCCUPATION_NOT_IN_CATALOGUE', rule: 'not_retired' });
  });

  it('a legacy row naming an occupation the catalogue does not hold rejects the batch, naming row and column', async () => {
    const answer = await fixture.app.inject({
      method: 'POST',
      url: '/v1/certificates/legacy',
      headers: await office(),
      payload: {
        items: [
          {
            certificateNo: `0951012003399${String(Math.floor(Math.random() * 1e3)).padStart(3, '0')}`,
            document: { idType: 'resident-id-card', idNumber: residentIdNumber(399, '510100') },
            name: '老茶师',
            occupationCode: '6-99-01-01',
            level: 'level3',
            issuedOn: '2009-12-01',
            issuerName: '四川省职业技能鉴定指导中心',
          },
        ],
      },
    });
    expect(answer.statusCode).toBe(422);
    expect(answer.json()).toMatchObject({
      code: 'LEGACY_ROWS_REJECTED',
      rows: [{ row: 1, column: 'occupationCode', rule: 'in_catalogue' }],
    });
  });
});
