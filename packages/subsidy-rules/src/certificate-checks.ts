import type { RuleCheck } from '@tianfu/contracts';
import { type CheckContext, check, ifInWindow, notStated, sourceCitation } from './check-context.ts';

/** A 新型学徒制补贴 advance is paid when the agreement year starts, before any certificate (docs/domain.md §7.10). */
const restsOnNoCertificate = ({ input }: CheckContext): boolean => input.apprenticeship?.stage === 'advance';

const noCertificate = (rule: 'certificate-holder' | 'certificate-valid' | 'claim-window', context: CheckContext) =>
  restsOnNoCertificate(context)
    ? check(
        rule,
        'passed',
        sourceCitation(context.ruleSet, 'advanced per year'),
        'an advance rests on no certificate',
        {
          certificateNo: null,
          stage: 'advance',
        },
      )
    : check(
        rule,
        'failed',
        sourceCitation(context.ruleSet, 'a certificate obtained'),
        'the claim names no certificate',
        {
          certificateNo: null,
        },
      );

/** The certificate is the claimant's own (the apprentice's, when an employer claims for one). */
export function certificateHolder(context: CheckContext): RuleCheck {
  const { certificate, claim } = context.input;
  if (certificate === null) return noCertificate('certificate-holder', context);
  const citation = sourceCitation(context.ruleSet, 'the subsidy is for the person who obtained the certificate');
  const values = { certificateNo: certificate.certificateNo };
  return certificate.holderWorkerId === claim.workerId
    ? check(
        'certificate-holder',
        'passed',
        citation,
        `certificate ${certificate.certificateNo} is the claimant's`,
        values,
      )
    : check(
        'certificate-holder',
        'failed',
        citation,
        `certificate ${certificate.certificateNo} is held by another person`,
        values,
      );
}

/** A revoked certificate never counts; a suspended one not while it is suspended. */
export function certificateValid(context: CheckContext): RuleCheck {
  const { certificate } = context.input;
  if (certificate === null) return noCertificate('certificate-valid', context);
  const citation = sourceCitation(context.ruleSet, 'a valid certificate');
  const number = certificate.certificateNo;
  const values = { certificateNo: number, certificateStatus: certificate.status };
  switch (certificate.status) {
    case 'valid':
      return check('certificate-valid', 'passed', citation, `certificate ${number} is valid`, values);
    case 'revoked':
      return check(
        'certificate-valid',
        'failed',
        citation,
        `certificate ${number} was revoked: it is never subsidised`,
        values,
      );
    case 'suspended': {
      const last = context.windowLast;
      const until = last === null ? '' : `, within the claim window (until ${last})`;
      const explanation = `certificate ${number} is suspended: it may be claimed again once reinstated${until}`;
      return check('certificate-valid', 'failed', citation, explanation, {
        ...values,
        ...(last === null ? {} : { windowLast: last }),
      });
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
    return check('claim-window', 'passed', citation, 'the rule set sets no claim window', notStated);
  }
  const { issuedOn } = certificate;
  const { claimedOn } = claim;
  const values = { claimedOn, issuedOn, windowMonths: window.value, windowLast: context.windowLast };
  const span = `${window.value} months of ${issuedOn} (until ${context.windowLast})`;
  if (claimedOn < issuedOn) {
    const explanation = `claimed on ${claimedOn}, before the certificate was issued on ${issuedOn}`;
    return check('claim-window', 'failed', window, explanation, values, ifInWindow(context, issuedOn));
  }
  return claimedOn <= context.windowLast
    ? check('claim-window', 'passed', window, `claimed on ${claimedOn}, within ${span}`, values)
    : check('claim-window', 'failed', window, `claimed on ${claimedOn}, not within ${span}`, values);
}
