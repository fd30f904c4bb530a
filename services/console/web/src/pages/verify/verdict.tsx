import { useMessages } from '../../i18n/messages.ts';
import type { RateLimited, VerificationAnswer, VerificationCheck } from './verify-api.ts';
import { verdictMessages } from './verify-messages.ts';
import './verdict.css';

type Result = VerificationAnswer['result'];
type VerdictTexts = (typeof verdictMessages)['zh'];

/** Colour, icon and words together: a revoked certificate is unmistakable without colour too. */
const TONES: Readonly<Record<Result, { readonly tone: 'ok' | 'bad' | 'warn'; readonly icon: string }>> = {
  valid: { tone: 'ok', icon: '✓' },
  'not-yet-valid': { tone: 'warn', icon: '!' },
  suspended: { tone: 'bad', icon: '⏸' },
  revoked: { tone: 'bad', icon: '✕' },
  'not-found': { tone: 'warn', icon: '?' },
};

const leadOf = (t: VerdictTexts, result: Result): string =>
  ({
    valid: t.validLead,
    'not-yet-valid': t.notYetValidLead,
    suspended: t.suspendedLead,
    revoked: t.revokedLead,
    'not-found': t.notFoundLead,
  })[result];

function checkDetail(t: VerdictTexts, check: VerificationCheck): string {
  if (check.check === 'signature') return check.detail ? t.signedBy(check.detail) : '';
  if (check.check !== 'status') return check.detail ?? '';
  const status = check.detail === 'valid' ? t.valid : (t[check.detail as Result] ?? check.detail ?? '');
  const parts = [
    status,
    check.since ? t.since(check.since) : '',
    check.reason ? `${t.reason}：${t[check.reason]}` : '',
  ];
  return parts.filter(Boolean).join('，');
}

function CheckList({ checks }: { checks: VerificationAnswer['checks'] }) {
  const t = useMessages(verdictMessages);
  return (
    <>
      <h3>{t.checks}</h3>
      <ul class="checks">
        {checks.map((check) => (
          <li key={check.check} class={check.passed ? 'check-passed' : 'check-failed'}>
            <span class="check-icon" aria-hidden="true">
              {check.passed ? '✓' : '✕'}
            </span>
            <span class="check-name">{t[check.check]}</span>
            <span class="check-state">{check.passed ? t.passed : t.failed}</span>
            <span class="check-detail">{checkDetail(t, check)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function CertificateFacts({ certificate }: { certificate: NonNullable<VerificationAnswer['certificate']> }) {
  const t = useMessages(verdictMessages);
  const rows: [string, string | null][] = [
    [t.certificateNo, certificate.certificateNo],
    [t.holder, certificate.maskedName],
    [t.occupation, `${certificate.occupationName}（${certificate.occupationCode}）`],
    [t.workType, certificate.workType === '--' ? null : certificate.workType],
    [t.level, certificate.levelLabel],
    [t.body, certificate.bodyName],
    [t.issuedOn, certificate.issuedOn],
    [t.revokedOn, certificate.revokedOn],
  ];
  return (
    <dl class="facts">
      {rows
        .filter((row): row is [string, string] => row[1] !== null)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

/** A verification's answer: the verdict in words, icon and colour, each check apart, what the public may see. */
export function Verdict({ answer }: { answer: VerificationAnswer }) {
  const t = useMessages(verdictMessages);
  const { tone, icon } = TONES[answer.result];
  return (
    <section class={`verdict verdict-${tone}`} aria-live="polite" data-result={answer.result}>
      <h2 class="verdict-title">
        <span class="verdict-icon" aria-hidden="true">
          {icon}
        </span>
        {t[answer.result]}
      </h2>
      <p>{leadOf(t, answer.result)}</p>
      {answer.certificate ? <CertificateFacts certificate={answer.certificate} /> : null}
      {answer.checks.length > 0 ? <CheckList checks={answer.checks} /> : null}
    </section>
  );
}

/** A 429 explained, with the wait certification named. */
export function TooManyLookups({ limited }: { limited: RateLimited }) {
  const t = useMessages(verdictMessages);
  return (
    <div class="problem" role="alert">
      <p>{t.tooMany(limited.retryAfterSeconds)}</p>
    </div>
  );
}
