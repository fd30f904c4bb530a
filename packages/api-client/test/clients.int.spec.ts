import { openApiApp } from '@tianfu/catalogue/openapi-app';
import { type App, DEV_JWT_SECRET, signToken } from '@tianfu/service-kit';
import { freePort, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clients, createClients, csvUpload, isApiProblem, ok, okOrNull } from '../src/index.ts';

// The generated client against a real service over HTTP: the catalogue, as main.ts builds it.
const db = useTestDatabase('api-client');
let app: App;
let baseUrl: string;
const clientsFor = (token?: () => Promise<string>, url = () => baseUrl): Clients =>
  createClients({
    baseUrls: {
      assessment: url(),
      certification: url(),
      talentRegistry: url(),
      competition: url(),
      career: url(),
      catalogue: url(),
      training: url(),
      subsidy: url(),
    },
    ...(token ? { token } : {}),
  });
const admin = () => signToken({ secret: DEV_JWT_SECRET, principal: { sub: 'api-client-test', role: 'admin' } });

const sheet = [
  '编码,名称,类别,数字职业,绿色职业,工种,新职业发布日期,来源',
  '6,生产制造及有关人员,,,,,,大典 2022',
  '6-31,电力、热力、气体、水生产和输配人员,,,,,,大典 2022',
  '6-31-01,电力设备安装、运行、检修及供电人员,,,,,,大典 2022',
  '6-31-01-03,电工,技能人员,否,否,维修电工,,大典 2022',
].join('\r\n');

beforeAll(async () => {
  app = await openApiApp({ db: db() });
  baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
}, 60_000);
afterAll(() => app?.close());

describe('createClients against a running service', () => {
  it('sends a CSV sheet with the token it was given, and reads the typed answer', async () => {
    const { catalogue } = clientsFor(admin);
    const receipt = await ok(
      catalogue.POST('/v1/catalogue/imports/{sheet}', {
        params: { path: { sheet: 'occupations.csv' }, query: { reason: '导入 2022 年版大典' } },
        ...csvUpload(sheet),
      }),
    );
    expect(receipt).toMatchObject({ rows: 4, applied: true });
    const electrician = await ok(catalogue.GET('/v1/occupations/{code}', { params: { path: { code: '6-31-01-03' } } }));
    expect(electrician.name).toBe('电工');
  });

  it('answers null for a 404 through okOrNull', async () => {
    const { catalogue } = clientsFor();
    const missing = catalogue.GET('/v1/occupations/{code}', { params: { path: { code: '6-31-01-99' } } });
    expect(await okOrNull(missing)).toBeNull();
  });

  it('throws a refusal as an ApiProblem with its status, code and field', async () => {
    const { catalogue } = clientsFor(admin);
    const refusal = await ok(
      catalogue.POST('/v1/catalogue/groups', { body: { code: '6-3x', name: '电力', reason: '测试' } }),
    ).catch((error: unknown) => error);
    expect(isApiProblem(refusal)).toBe(true);
    expect(refusal).toMatchObject({ status: 400, field: 'body.code' });
  });

  it('sends no token where it was given none: a guarded route answers 401', async () => {
    const { catalogue } = clientsFor();
    const call = catalogue.POST('/v1/catalogue/groups', { body: { code: '7', name: '军人', reason: '测试' } });
    await expect(ok(call)).rejects.toMatchObject({ kind: 'api-problem', status: 401 });
  });

  it('names the service and the URL it could not reach', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const { career } = clientsFor(undefined, () => closed);
    await expect(career.GET('/v1/talent-pool')).rejects.toThrow(
      `the career service is not reachable at ${closed}/v1/talent-pool (ECONNREFUSED)`,
    );
  });
});
