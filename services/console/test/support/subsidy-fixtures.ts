import { createClients, ok, type RequestBody } from '@tianfu/api-client';
import { chinaDate, sichuanProvinceCode, sichuanRegions } from '@tianfu/contracts';
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

/** A claim the worker makes through the API (as the page would), in 成都市 unless another region is given. */
export async function claimAsWorker(workerId: string, certificateNo: string, region: SubsidyRegion = '510100') {
  const { subsidy } = await clientsAs('worker', workerId);
  return ok(subsidy.POST('/v1/claims', { body: { kind: 'skill-upgrade', certificateNo, region } }));
}

type SubsidyRegion = RequestBody<'subsidy', '/v1/batches', 'post'>['region'];

/**
 * A region whose payment batch of today is not assembled yet, so a claim approved now can go into
 * it: a batch is one per region and day, and an earlier run (or the seed) may have made today's.
 */
export async function regionWithoutBatchToday(): Promise<SubsidyRegion> {
  const { subsidy } = await clientsAs('subsidy-office');
  const today = chinaDate(new Date());
  const regions: SubsidyRegion[] = [...sichuanRegions.map((r) => r.code), sichuanProvinceCode];
  for (const region of regions) {
    const batchId = `${region}-${today}`;
    const found = await subsidy.GET('/v1/batches/{batchId}', { params: { path: { batchId } } });
    if (found.response.status === 404) return region;
  }
  throw new Error(`every region has a payment batch of ${today}: run on a platform copy without one`);
}

/** What the region's budget must still get for its whole queue of approved claims to be paid. */
export async function budgetShortOfQueue(region: SubsidyRegion): Promise<number> {
  const { subsidy } = await clientsAs('subsidy-office');
  const queue = await ok(subsidy.GET('/v1/regions/{region}/waiting', { params: { path: { region } } }));
  const owed = queue.claims.reduce((sum, c) => sum + c.amountFen, 0);
  return Math.max(0, owed - queue.leftFen);
}

/** The worker's claim as the subsidy service holds it. */
export async function claimOf(workerId: string, claimId: string) {
  const { subsidy } = await clientsAs('subsidy-office');
  return ok(subsidy.GET('/v1/workers/{workerId}/claims/{claimId}', { params: { path: { workerId, claimId } } }));
}
