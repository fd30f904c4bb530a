import { ok } from '@tianfu/api-client';
import { usccCheckChar } from '@tianfu/contracts';
import { connectPlatform, type DemoPerson, demoPeople, onceAccepted, type Platform, seedCatalogue } from '@tianfu/demo';
import { randomFor } from '@tianfu/testing';

/** 中式烹调师, which the demo catalogue lists with its standard. */
export const cook = { kind: 'occupation', code: '4-03-02-01' } as const;

/** The running platform with the demo catalogue imported (a second import adds nothing). */
export async function trainingPlatform(): Promise<Platform> {
  const platform = await connectPlatform();
  await seedCatalogue(platform, () => {});
  return platform;
}

/** A 统一社会信用代码 of a 社会服务机构 (52) in 锦江区 with a valid GB 32100 check character. */
export function creditCode(key: string): string {
  const random = randomFor(key);
  const subject = Array.from({ length: 9 }, () => random.pick([...'0123456789ABCDEFGHJKLMNPQRTUWXY'])).join('');
  const first17 = `52510104${subject}`;
  return `${first17}${usccCheckChar(first17)}`;
}

/**
 * A private training institution that trains cooks, in 成都 unless another 市(州) is given,
 * registered by the office once training holds the catalogue.
 */
export async function registeredProvider(
  platform: Platform,
  providerId: string,
  name: string,
  regionCode = '510100',
): Promise<void> {
  const body = {
    providerId,
    kind: 'private-training-institution' as const,
    name,
    creditCode: creditCode(providerId),
    regionCode,
    items: [{ ...cook }],
  };
  await onceAccepted(
    () => ok(platform.trainingOffice.training.POST('/v1/providers', { body })),
    ['ITEM_NOT_IN_CATALOGUE'],
    {
      what: `training to hold ${cook.code} from the catalogue`,
      timeoutMs: 120_000,
      intervalMs: 500,
    },
  );
}

/** People to enrol, different on every run. */
export function trainees(key: string, count: number): DemoPerson[] {
  const people = demoPeople();
  const random = randomFor(key);
  return Array.from({ length: count }, () => people(random, '510100', { from: 1980, to: 2000 }));
}

/** One person to enrol, different on every run and for every key. */
export function trainee(key: string): DemoPerson {
  const [person] = trainees(key, 1);
  if (person === undefined) throw new Error(`no trainee for ${key}`);
  return person;
}

/** An enrolment sheet, 证件号码 first (so a line's number is its first cell), each person a 农民工. */
export const enrolmentCsv = (people: readonly DemoPerson[]): string =>
  ['证件号码,姓名,人员类别', ...people.map((p) => `${p.document.idNumber},${p.name},农民工`)]
    .join('\r\n')
    .concat('\r\n');

/** A sign-in sheet: each person signed in at the sitting's start (China time). */
export const signInCsv = (people: readonly DemoPerson[], sittingId: string, at: string): string =>
  ['证件号码,课次,签到时间', ...people.map((p) => `${p.document.idNumber},${sittingId},${at}`)]
    .join('\r\n')
    .concat('\r\n');

const chinaMs = 8 * 3_600_000;
const minuteMs = 60_000;
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);

/**
 * A 30-minute sitting that starts soon after `now` on China's calendar: at the second whole minute
 * from now, so a class filed at once is filed before it starts; at 00:00 the next day when it would
 * run past midnight. `startsAt` is when sign-ins for it may begin.
 */
export function sittingSoon(now: Date) {
  const china = now.getTime() + chinaMs;
  let start = Math.ceil(china / minuteMs) * minuteMs + 2 * minuteMs;
  const midnight = Math.ceil(china / 86_400_000) * 86_400_000;
  if (start + 30 * minuteMs >= midnight) start = midnight;
  const date = new Date(start).toISOString().slice(0, 10);
  return {
    date,
    start: clock(start),
    end: clock(start + 30 * minuteMs),
    startsAt: new Date(start - chinaMs),
  };
}
