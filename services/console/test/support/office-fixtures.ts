import { randomUUID } from 'node:crypto';
import { createClients, ok } from '@tianfu/api-client';
import { connectPlatform, demoOccupations, onceAccepted, seedCatalogue } from '@tianfu/demo';
import { platformUrls, residentIdNumber } from '@tianfu/testing';
import { consoleUrl } from './browser.ts';

const electrician = demoOccupations.electrician.code;

/** A development token for a role, minted by the console as its sign-in page does. */
export async function devToken(role: string, scope?: string): Promise<string> {
  const answer = await fetch(`${consoleUrl()}/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(scope === undefined ? { role } : { role, scope }),
  });
  if (!answer.ok) throw new Error(`development sign-in as ${role} answered ${answer.status}`);
  return ((await answer.json()) as { token: string }).token;
}

/**
 * A certificate of this run's own, by the certificate office's direct recognition (直接认定), for a
 * holder with the given name and a fresh 居民身份证号, in 电工 at the level given (技师 unless
 * told): its number and the holder's ID number. The catalogue is imported first (a second import
 * adds nothing), and the recognition is tried again while certification has not yet learnt the
 * occupation from the catalogue's topic.
 */
export async function recognisedCertificate(
  name: string,
  level: 'level2' | 'level1' = 'level2',
): Promise<{ certificateNo: string; idNumber: string }> {
  await seedCatalogue(await connectPlatform(), () => {});
  const token = await devToken('certificate-office');
  const { certification } = createClients({ baseUrls: platformUrls(), token });
  const run = randomUUID().slice(0, 8);
  const idNumber = residentIdNumber(Math.floor(Math.random() * 900_000), '510100');
  const recognise = () =>
    ok(
      certification.POST('/v1/certificates/direct-recognitions', {
        body: {
          recognitionId: `e2e-${run}`,
          document: { idType: 'resident-id-card', idNumber },
          name,
          body: { bodyId: `e2e-${run}`, filingNo: 'Y000051001064', bodyName: '四川某重工有限公司' },
          occupationCode: electrician,
          level,
          evidence: {
            // Enough years for either level's rule (8 for 技师, 12 for 高级技师).
            yearsInOccupation: 15,
            employer: { name: '四川某重工有限公司' },
            panel: { decision: 'approved', decidedOn: '2025-09-10', documentNo: `川渝评〔2025〕${run}号` },
          },
        },
      }),
    );
  const answer = await onceAccepted(recognise, ['OCCUPATION_NOT_IN_CATALOGUE'], {
    what: `certification to hold ${electrician} from the catalogue`,
    // Below the test's own 120 s, so a failure names the last refusal rather than a timeout.
    timeoutMs: 90_000,
    intervalMs: 500,
  });
  return { certificateNo: answer.certificateNo, idNumber };
}
