import { createClients, ok } from '@tianfu/api-client';
import { chinaDate } from '@tianfu/contracts';
import { connectPlatform, demoOccupations, onceAccepted, seedCatalogue } from '@tianfu/demo';
import { platformUrls, residentIdNumber, waitUntil } from '@tianfu/testing';
import { devToken } from './office-fixtures.ts';

const electrician = demoOccupations.electrician.code;
const levelDigit = { level3: '3', level2: '2' } as const;
type Level = keyof typeof levelDigit;

export interface SubsidyClaimant {
  readonly workerId: string;
  /** The claimant's certificate number at each level asked for. */
  readonly certificates: Readonly<Record<Level, string>>;
}

const clientsAs = async (role: string, scope?: string) =>
  createClients({ baseUrls: platformUrls(), token: await devToken(role, scope) });

/**
 * A claimant of this run's own: old 职业资格 certificates in 电工 at 三级 and 二级, issued 30 days
 * ago by the certificate office's legacy import (tried again while certification has not yet learnt
 * the occupation from the catalogue), and, when `insuredSince` is given, a 失业保险 period from that
 * day imported by the subsidy office. Ready once the subsidy service holds both certificates.
 */
export async function subsidyClaimant(insuredSince: string | null): Promise<SubsidyClaimant> {
  await seedCatalogue(await connectPlatform(), () => {});
  const n = Math.floor(Math.random() * 900_000) + 10_000;
  const document = { idType: 'resident-id-card' as const, idNumber: residentIdNumber(n, '510104') };
  const issuedOn = chinaDate(new Date(Date.now() - 30 * 86_400_000));
  const serial = String(n % 100_000).padStart(5, '0');
  const certificates = {
    level3: `${issuedOn.slice(2, 4)}51012003${levelDigit.level3}${serial}`,
    level2: `${issuedOn.slice(2, 4)}51012003${levelDigit.level2}${serial}`,
  };
  const items = (Object.keys(certificates) as Level[]).map((level) => ({
    certificateNo: certificates[level],
    document,
    name: '赵补贴',
    occupationCode: electrician,
    level,
    issuedOn,
    issuerName: '四川省职业技能鉴定指导中心',
  }));
  const office = await clientsAs('certificate-office');
  await onceAccepted(
    () => ok(office.certification.POST('/v1/certificates/legacy', { body: { items } })),
    ['LEGACY_ROWS_REJECTED'],
    { what: `certification to hold ${electrician} from the catalogue`, timeoutMs: 90_000, intervalMs: 500 },
  );
  const subsidy = (await clientsAs('subsidy-office')).subsidy;
  if (insuredSince !== null) {
    await ok(subsidy.POST('/v1/insurance', { body: { rows: [{ document, insuredSince }] } }));
  }
  const held = await Promise.all(
    Object.values(certificates).map((certificateNo) =>
      waitUntil(
        () =>
          subsidy
            .GET('/v1/certificates/{certificateNo}', { params: { path: { certificateNo } } })
            .then((answer) => answer.data ?? null),
        (facts) => facts !== null,
        { what: `the subsidy service to hold ${certificateNo}`, timeoutMs: 90_000, intervalMs: 500 },
      ),
    ),
  );
  const facts = held[0];
  if (!facts) throw new Error('the subsidy service holds none of the claimant’s certificates');
  return { workerId: facts.workerId, certificates };
}

/** A claim the worker makes through the API (as the page would), in 成都市. */
export async function claimAsWorker(workerId: string, certificateNo: string) {
  const { subsidy } = await clientsAs('worker', workerId);
  return ok(subsidy.POST('/v1/claims', { body: { kind: 'skill-upgrade', certificateNo, region: '510100' } }));
}
