import type { ClaimView } from '../api-types.ts';
import { dayAfter } from '../days.ts';
import type { TokenSubject } from '../dev-tokens.ts';
import type { Platform } from '../platform.ts';
import type { SubsidySample } from './seed-subsidies.ts';
import type { Showcase } from './showcase.ts';

const json = (value: unknown) => `'${JSON.stringify(value)}'`;

/** 技能提升补贴 as the subsidy office sees it: the rule sets, a worker's claims with every rule checked, a review. */
function subsidyTries(url: string, approved: ClaimView | null, waiting: ClaimView | null): string[] {
  const claims = (claim: ClaimView) => `${url}/v1/workers/${claim.workerId}/claims`;
  const review = { outcome: 'approved', reason: '经人工核实失业保险参保满1年,同意拨付' };
  return [
    "Sichuan's 技能提升补贴 rule sets, each parameter with its clause (the subsidy office):",
    `  curl -s ${url}/v1/rule-sets -H "authorization: Bearer $SUBSIDY"`,
    ...(approved === null
      ? []
      : [
          "A worker's claims, each decision with every rule checked (one approved):",
          `  curl -s ${claims(approved)} -H "authorization: Bearer $SUBSIDY"`,
          `The same certificate claimed again on a later day: 422, the same level is subsidised once:`,
          `  curl -s -X POST ${url}/v1/claims -H "authorization: Bearer $SUBSIDY" -H 'content-type: application/json' -d ${json({ kind: 'skill-upgrade', certificateNo: approved.decision.certificateNo, region: approved.region, workerId: approved.workerId, claimedOn: dayAfter(approved.decision.claimedOn, 1) })}`,
        ]),
    ...(waiting === null
      ? []
      : [
          'A claim referred to a person (the registry knows nothing of the worker), and its review:',
          `  curl -s ${claims(waiting)}/${waiting.claimId} -H "authorization: Bearer $SUBSIDY"`,
          `  curl -s -X POST ${claims(waiting)}/${waiting.claimId}/review -H "authorization: Bearer $SUBSIDY" -H 'content-type: application/json' -d ${json(review)}`,
        ]),
  ];
}

/** Ready-made commands for the seeded platform: a certificate to verify, the ladder, the talent pool, tokens. */
export async function tryThese(
  platform: Platform,
  { person, workerId, ladder, certificate }: Showcase,
  employerBodyId: string,
  { approved, waiting }: SubsidySample,
) {
  const { urls, tokens } = platform;
  const subjects: [string, TokenSubject][] = [
    ['ADMIN', { role: 'admin' }],
    ['BODY', { role: 'assessment-body', bodyId: certificate.bodyId }],
    ['OFFICE', { role: 'certificate-office' }],
    ['TALENT', { role: 'talent-office' }],
    ['EMPLOYER', { role: 'employer', bodyId: employerBodyId }],
    ['ORGANISER', { role: 'competition-organiser' }],
    ['HR', { role: 'hr' }],
    ['SUBSIDY', { role: 'subsidy-office' }],
  ];
  const exports = await Promise.all(
    subjects.map(async ([name, subject]) => `  export ${name}=${await tokens(subject)}`),
  );
  const steps = ladder.occupations.flatMap((o) =>
    o.steps.map((s) => `    ${s.date} ${s.label}: ${s.basis}, ${s.certificateNo ?? s.reference}`),
  );
  const honours = ladder.honours.map((h) => `    ${h.name} (${h.round})`);
  const verify = { certificateNo: certificate.certificateNo, name: person.name };
  return [
    '',
    'Ready-made things to try',
    '',
    `Dev tokens, one per role (12 h; \`pnpm run token <role> [scope]\` mints more):`,
    ...exports,
    '',
    `Verify ${person.name}'s ${certificate.level} certificate (public, no token):`,
    `  curl -s -X POST ${urls.certification}/v1/verify -H 'content-type: application/json' -d ${json(verify)}`,
    `An employer verifies in batches:`,
    `  curl -s -X POST ${urls.certification}/v1/verify/batch -H "authorization: Bearer $EMPLOYER" -H 'content-type: application/json' -d ${json({ items: [verify] })}`,
    '',
    `${person.name}'s career ladder (HR): the workerId of the ID number, then the ladder:`,
    `  curl -s -X POST ${urls.career}/v1/workers/lookup -H "authorization: Bearer $HR" -H 'content-type: application/json' -d ${json(person.document)}`,
    `  curl -s ${urls.career}/v1/workers/${workerId}/ladder -H "authorization: Bearer $HR"`,
    ...steps,
    ...honours,
    '',
    'Electricians at 三级/高级工 or above in 成都 (the talent pool, HR):',
    `  curl -s '${urls.career}/v1/talent-pool?occupation=6-31&minLevel=level3&region=510100' -H "authorization: Bearer $HR"`,
    '',
    ...subsidyTries(urls.subsidy, approved, waiting),
    '',
    `OpenAPI of each service: ${Object.values(urls)
      .map((url) => `${url}/docs`)
      .join('  ')}`,
  ].join('\n');
}
