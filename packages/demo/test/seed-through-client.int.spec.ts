import { openApiApp as assessmentApp } from '@tianfu/assessment/openapi-app';
import { openApiApp as catalogueApp } from '@tianfu/catalogue/openapi-app';
import { type App, DEV_JWT_SECRET } from '@tianfu/service-kit';
import { freePort, type TestCatalogueTopic, testCatalogueTopic, useTestDatabase } from '@tianfu/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devTokens } from '../src/dev-tokens.ts';
import { type Platform, platformClients } from '../src/platform.ts';
import { demoPlan } from '../src/seed/demo-plan.ts';
import { owedCertificates } from '../src/seed/issued-certificates.ts';
import { seedBody } from '../src/seed/seed-bodies.ts';
import { seedCatalogue } from '../src/seed/seed-catalogue.ts';
import { seedSession } from '../src/seed/seed-sessions.ts';
import { tally } from '../src/seed/tally.ts';

// The seed's first steps through the generated client, against the catalogue and assessment apps
// as main.ts builds them (real FerretDB): the catalogue sheets, a body with its filings, examiners
// and supervisor, and its first session enrolled and scored by CSV; a second run changes nothing.
// Assessment holds the test catalogue from a topic of this suite (the first body's occupations).
const catalogueDb = useTestDatabase('demo-seed-catalogue');
const assessmentDb = useTestDatabase('demo-seed-assessment');
const apps: App[] = [];
let platform: Platform;
let held: TestCatalogueTopic | undefined;

const { bodies, sessions } = demoPlan();
const session = sessions.first[0];
const staff = bodies.find(({ body }) => body.bodyId === session?.body.bodyId)?.staff;

beforeAll(async () => {
  const listen = async (app: App) => {
    apps.push(app);
    return app.listen({ host: '127.0.0.1', port: 0 });
  };
  const catalogue = await listen(await catalogueApp({ db: catalogueDb() }));
  held = await testCatalogueTopic('demo-seed-catalogue');
  const assessment = await listen(await assessmentApp({ db: assessmentDb(), catalogue: held.follower }));
  // The steps under test call no other service: the rest point where nothing listens.
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  const urls = {
    assessment,
    catalogue,
    certification: nowhere,
    talentRegistry: nowhere,
    competition: nowhere,
    career: nowhere,
    training: nowhere,
    subsidy: nowhere,
  };
  platform = platformClients(urls, devTokens(DEV_JWT_SECRET));
}, 60_000);
afterAll(async () => {
  await Promise.all(apps.map((app) => app.close()));
  await held?.stop();
});

describe('the demo seed through @tianfu/api-client', () => {
  it('imports the catalogue sheets as the authority', async () => {
    const said: string[] = [];
    await seedCatalogue(platform, (line) => said.push(line));
    expect(said).toHaveLength(3);
    expect(said[0]).toMatch(/^catalogue occupations\.csv: \d+ rows, [1-9]\d* added$/);
  });

  it('registers a body with its staff and runs its first session, then finds them there on a second run', async () => {
    if (session === undefined || staff === undefined) throw new Error('the demo plan has no first session');
    const first = tally();
    const owed = owedCertificates();
    await seedBody(platform, session.body, staff, first);
    await seedSession(platform, session, first, owed);
    const passes = session.candidates.filter((c) => c.passed).length;
    expect(first.lines()).toEqual([
      'bodies: 1 created',
      `filings: ${session.body.filings.length} created`,
      `examiners: ${staff.seniors.length + 1} created`,
      'supervisors: 1 created',
      'exam sessions: 1 created',
      `candidates: ${session.candidates.length} created`,
      `passes: ${passes} created`,
    ]);
    expect(owed.total()).toBe(passes);

    const again = tally();
    await seedBody(platform, session.body, staff, again);
    await seedSession(platform, session, again, owedCertificates());
    expect(again.changed()).toBe(false);
  });
});
