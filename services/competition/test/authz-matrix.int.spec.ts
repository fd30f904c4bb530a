import { authzMatrixSuite, HOME } from '@tianfu/testing';
import { bearer, competitionApp, competitionBody, entrantBody, SECRET } from './http-fixtures.ts';
import { issuingBody } from './samples.ts';

const competitionId = 'authz-competition';
const results = { contestEventId: 'welding', results: [{ entrantId: 'W-1', rank: 1 }] };

authzMatrixSuite('competition', async (db) => {
  const { app } = await competitionApp(db);
  const authority = await bearer({ sub: 'authority-1', role: 'admin' });
  const organiser = await bearer({ sub: HOME.organiser, role: 'competition-organiser' });
  const send = async (method: 'POST' | 'PUT', url: string, payload: object, headers: Record<string, string>) => {
    const response = await app.inject({ method, url, payload, headers });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  };
  const grant = { tiers: ['national-class-1'], reason: '川人社函〔2025〕2号' };
  await send('PUT', `/v1/organisers/${HOME.organiser}/grants/${issuingBody.bodyId}`, grant, authority);
  await send('POST', '/v1/competitions', competitionBody(competitionId), organiser);
  await send('POST', `/v1/competitions/${competitionId}/entrants`, entrantBody(1, '张三'), organiser);
  return {
    app,
    secret: SECRET,
    now: new Date(),
    params: { competitionId, contestEventId: 'welding', organiserId: HOME.organiser, bodyId: issuingBody.bodyId },
    scoped: {
      'POST /v1/competitions': { body: competitionBody('authz-competition-2') },
      'GET /v1/competitions/:competitionId': {},
      'POST /v1/competitions/:competitionId/entrants': { body: entrantBody(2, '李四') },
      'POST /v1/competitions/:competitionId/results': { body: results },
      'POST /v1/competitions/:competitionId/results/:contestEventId/corrections': {
        body: { entrantId: 'W-1', rank: 2, reason: '复核发现计分错误' },
      },
      'POST /v1/competitions/:competitionId/confirm': { body: { contestEventId: 'welding' } },
      'GET /v1/organisers/:organiserId': {},
    },
  };
});
