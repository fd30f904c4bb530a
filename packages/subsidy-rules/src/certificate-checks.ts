import type { RuleCheck } from '@tianfu/contracts';
import { type CheckContext, check, ifInWindow, sourceCitation } from './check-context.ts';

/** A 新型学徒制补贴 advance is paid when the agreement year starts, before any certificate (docs/domain.md §7.10). */
const restsOnNoCertificate = ({ input }: CheckContext): boolean => input.apprenticeship?.stage === 'advance';

const noCertificate = (rule: 'certificate-holder' | 'certificate-valid' | 'claim-window', context: CheckContext) =>
  restsOnNoCertificate(context)
    ? check(rule, 'passed', sourceCitation(context.ruleSet, 'advanced per year'), 'an advance rests on no certificate')
    : check(
        rule,
        'failed',
        sourceCitation(context.ruleSet, 'a certificate obtained'),
        'the claim names no certificate',
      );

/** The certificate is the claimant's own (the apprentice's, when an employer claims for one). */
export function certificateHolder(context: CheckContext): RuleCheck {
  const { certificate, claim } = context.input;
  if (certificate === null) return noCertificate('certificate-holder', context);
  const citation = sourceCitation(context.ruleSet, 'the subsidy is for the person who obtained the certificate');
  return certificate.holderWorkerId === claim.workerId
    ? check('certificate-holder', 'passed', citation, `certificate ${certificate.certificateNo} is the claimant's`)
    : check(
        'certificate-holder',
        'failed',
        citation,
        `certificate ${certificate.certificateNo} is held by another person`,
      );
}

/** A revoked certificate never counts; a suspended one not while it is suspended. */
export function certificateValid(context: CheckContext): RuleCheck {
  const { certificate } = context.input;
  if (certificate === null) return noCertificate('certificate-valid', context);
  const citation = sourceCitation(context.ruleSet, 'a valid certificate');
  const number = certificate.certificateNo;
  switch (certificate.status) {
    case 'valid':
      return check('certificate-valid', 'passed', citation, `certificate ${number} is valid`);
    case 'revoked':
      return check(
        'certificate-valid',
        'failed',
        citation,
        `certificate ${number} was revoked: it is never subsidised`,
      );
    case 'suspended': {
      const until = context.windowLast === null ? '' : `, within the claim window (until ${context.windowLast})`;
      const explanation = `certificate ${number} is suspended: it may be claimed again once reinstated${until}`;
      return check('certificate-valid', 'failed', citation, explanation);
    }
  }
}

/**
 * Claimed within the window after the certificate's 核发 date (docs/domain.md §7.8): from the issue
 * day to the period's last day, counted as `periodEnd` does.
 */
export function claimWindow(context: CheckContext): RuleCheck {
  const { certificate, claim } = context.input;
  const window = context.ruleSet.parameters.claimWindowMonths;
  if (certificate === null) return noCertificate('claim-window', context);
  if (window === null || context.windowLast === null) {
    const citation = sourceCitation(context.ruleSet, 'no claim window stated');
    return check('claim-window', 'passed', citation, 'the rule set sets no claim window');
  }
  const { issuedOn } = certificate;
  const span = `${window.value} months of ${issuedOn} (until ${context.windowLast})`;
  if (claim.claimedOn < issuedOn) {
    const explanation = `claimed on ${claim.claimedOn}, before the certificate was issued on ${issuedOn}`;
    return check('claim-window', 'failed', window, explanation, ifInWindow(context, issuedOn));
  }
  return claim.claimedOn <= context.windowLast
    ? check('claim-window', 'passed', window, `claimed on ${claim.claimedOn}, within ${span}`)
    : check('claim-window', 'failed', window, `claimed on ${claim.claimedOn}, not within ${span}`);
}
