import { ok } from '@tianfu/api-client';
import { chinaDate } from '@tianfu/contracts';
import {
  connectPlatform,
  declaredBackground,
  demoOccupations,
  demoPeople,
  enrolmentSheet,
  fileWhenCatalogued,
  journeyCast,
  type Platform,
  registerSupervisor,
  type SheetCandidate,
  seedCatalogue,
} from '@tianfu/demo';

const electrician = demoOccupations.electrician;

/**
 * What an assessment-centre test starts from, made through the services' own API: a new body that
 * filed 电工, its senior examiners and supervisor, a 三级 session today, and two eligible candidates.
 */
export async function centreSession() {
  const platform: Platform = await connectPlatform();
  const cast = journeyCast();
  const { body } = cast;
  const { assessment } = platform.admin;
  await seedCatalogue(platform, () => {});
  await ok(assessment.POST('/v1/bodies', { body }));
  await fileWhenCatalogued(platform, body.bodyId, { occupation: electrician, levels: ['level3', 'level2', 'level1'] });
  for (const examiner of cast.seniors) await ok(assessment.POST('/v1/examiners', { body: examiner }));
  await registerSupervisor(platform, cast.supervisor);
  const today = chinaDate(new Date());
  const sessionId = `${body.bodyId}-centre`;
  const plan = {
    sessionId,
    bodyId: body.bodyId,
    occupationCode: electrician.code,
    level: 'level3',
    date: today,
    venue: `${body.name} 实训楼`,
    examinerIds: cast.seniors.map((e) => e.examinerId),
    supervisorId: cast.supervisor.supervisorId,
  } as const;
  await ok(platform.body(body.bodyId).assessment.POST('/v1/sessions', { body: plan }));
  const people = demoPeople();
  const candidates: SheetCandidate[] = [1, 2].map(() => ({
    person: people(cast.random, '510100', { from: 1980, to: 1995 }),
    background: declaredBackground(cast.random, electrician.code, 'level3', today),
  }));
  return { bodyId: body.bodyId, sessionId, candidates, enrolment: enrolmentSheet(candidates) };
}

/** The sheet with line `line`'s 证件号码 given a wrong check character (the header is line 1). */
export function withWrongCheckCharacter(sheet: string, line: number): string {
  const lines = sheet.split('\r\n');
  const [idNumber = '', ...rest] = (lines[line - 1] ?? '').split(',');
  const last = idNumber.at(-1) ?? '0';
  const wrong = last === 'X' ? '0' : String((Number(last) + 1) % 10);
  lines[line - 1] = [`${idNumber.slice(0, -1)}${wrong}`, ...rest].join(',');
  return lines.join('\r\n');
}
