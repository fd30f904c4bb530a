// `pnpm run seed`: a believable Sichuan on the running platform, only through the services' HTTP
// APIs. The same every time (seeded), and safe to run again: what exists is left as it is.
import { chinaDate } from '@tianfu/contracts';
import { connectPlatform } from '../src/platform.ts';
import { demoBodies } from '../src/seed/demo-bodies.ts';
import { demoPlan } from '../src/seed/demo-plan.ts';
import { inParallel } from '../src/seed/in-parallel.ts';
import { owedCertificates } from '../src/seed/issued-certificates.ts';
import { demoClasses } from '../src/seed/plan-classes.ts';
import { demoProviders } from '../src/seed/plan-providers.ts';
import { seedAppointments } from '../src/seed/seed-appointments.ts';
import { seedBody } from '../src/seed/seed-bodies.ts';
import { seedCatalogue } from '../src/seed/seed-catalogue.ts';
import { seedCompetition } from '../src/seed/seed-competitions.ts';
import { seedOrganiserGrants } from '../src/seed/seed-organisers.ts';
import { seedPayments } from '../src/seed/seed-payments.ts';
import { seedSession } from '../src/seed/seed-sessions.ts';
import { importInsurance, seedClaims } from '../src/seed/seed-subsidies.ts';
import { seedTalent } from '../src/seed/seed-talent.ts';
import { seedTraining } from '../src/seed/seed-training.ts';
import { showcase } from '../src/seed/showcase.ts';
import { tally } from '../src/seed/tally.ts';
import { tryThese } from '../src/seed/try-these.ts';
import { seedPastTraining } from '../src/training/seed-past-training.ts';
import { trainingHistory } from '../src/training/training-history.ts';

const started = Date.now();
const settleMs = 10 * 60_000;
const say = (line: string) => process.stdout.write(`[seed ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}\n`);

const platform = await connectPlatform();
const counts = tally();
const owed = owedCertificates();
const { bodies, sessions, competitions, talent, appointments, chief } = demoPlan();

say('the occupation and standard catalogue');
await seedCatalogue(platform, say);
say(
  `${bodies.length} bodies in ${new Set(demoBodies.map((b) => b.regionCode)).size} 市(州), filing once assessment holds the catalogue`,
);
for (const { body, staff } of bodies) await seedBody(platform, body, staff, counts);
for (const session of sessions.first) await seedSession(platform, session, counts, owed);
say('the authority grants the competition organiser its issuing bodies and tiers');
await seedOrganiserGrants(platform, competitions, counts);
say(`${competitions.length} competitions: entrants, results, confirmation`);
for (const competition of competitions) await seedCompetition({ platform, competition, tally: counts, owed });
say('honours, master studios and training bases');
await seedTalent(platform, talent, counts);
say(`${demoProviders.length} training providers of every kind, graded, one suspended, and their classes`);
await seedTraining(platform, demoProviders, demoClasses(chinaDate(new Date().toISOString())), counts);
const history = trainingHistory();
const trainees = history.classes.reduce((n, c) => n + c.trainees.length, 0);
say(
  `${history.classes.length} classes of 2023–2025 recorded late (补录), ${trainees} trainees, and ${history.apprenticeships.length} apprenticeships`,
);
const trainingStarted = Date.now();
await seedPastTraining(platform, history, counts);
say(`training history recorded in ${((Date.now() - trainingStarted) / 1000).toFixed(0)} s`);
say('特级技师 and 首席技师 appointments, once the contests’ certificates reach the talent registry');
await seedAppointments(platform, appointments, counts);
const { rest } = sessions;
const candidates = rest.reduce((n, s) => n + s.candidates.length, 0);
say(`${rest.length} more exam sessions over 2023–2025, ${candidates} candidates, enrolled and scored by CSV`);
// Two at a time: the services share two cores with Kafka and the database.
await inParallel(rest, 2, (session) => seedSession(platform, session, counts, owed));
const workers = [...sessions.first, ...rest].flatMap((s) => s.candidates.filter((c) => c.passed).map((c) => c.person));
say(`the 失业保险 periods of ${workers.length} certified workers, imported while the certificates are issued`);
// Needs no certificate, so it runs during the waits below; a failure fails the seed where it is awaited.
const insured = importInsurance(platform, workers, counts);
insured.catch(() => undefined);
say(`waiting for ${chief.person.name}'s career ladder to show the whole path`);
const shown = await showcase(platform, chief.person);
// Certification issues a few certificates a second: the seed ends when they are all there.
say(`waiting for certification to issue the ${owed.total()} certificates the passes and promotions are owed`);
let reported = 0;
const settled = await owed.issued(platform, settleMs, (issued) => {
  if (issued - reported < 250) return;
  reported = issued;
  say(`${issued} issued`);
});
if (!settled) say('certification is still issuing; what follows works already');
say('技能提升补贴 claims of 2023–2025 for the certificates the demo issued, as they reach the subsidy service');
const subsidyStarted = Date.now();
await insured;
const subsidies = await seedClaims(platform, { bodies: demoBodies, since: new Date(subsidyStarted) }, counts);
say(`claims made and reviewed in ${((Date.now() - subsidyStarted) / 1000).toFixed(0)} s`);
say("each region's 专账资金, today's payment batches, half of them paid, and one clawback");
await seedPayments(platform, counts);

say(counts.changed() ? 'done' : 'done: the demo was there already, nothing changed');
process.stdout.write(
  `${counts
    .lines()
    .map((line) => `  ${line}`)
    .join('\n')}\n`,
);
process.stdout.write(`${await tryThese(platform, shown, chief.body.bodyId, subsidies)}\n`);
