import type { ServiceApi } from '@tianfu/service-kit';

/** The subsidy service's OpenAPI header: its default port (as main.ts declares it), what it is for, its tags. */
export const subsidyApi: ServiceApi = {
  name: 'subsidy',
  port: 4107,
  description:
    'Subsidies (培训补贴): the facts a claim is judged on — the certificates the platform issued, as certification publishes them, and the 失业保险 periods the social-insurance registry (社保) reports, imported by the subsidy office.',
  tags: {
    'rule-sets': 'Subsidy rule sets as dated data: each version with its validity and every parameter with its clause',
    claims:
      'Claims (申请) judged at once by the rule set in force, every rule checked with its clause; referred ones reviewed by a person',
    certificates: 'Certificates as a claim is judged on them: holder, occupation, level, issue date and status',
    insurance: "The social-insurance registry's 失业保险 periods: imported by sheet or request, read per worker",
    payments:
      "拨付 and 追回: each region's 专账资金 and its totals, the claims waiting for it, payment batches and the bank's file, clawbacks",
  },
};
