import type { Signal } from './signal.ts';

/** An examiner of a session and the employer the platform knows for them and for each candidate. */
export interface SessionPanel {
  readonly sessionId: string;
  readonly examiners: readonly { readonly examinerId: string; readonly employerCode: string | null }[];
  readonly candidates: readonly {
    readonly workerId: string;
    readonly employerCode: string | null;
    readonly eventId: string;
  }[];
}

/** Examiners who assessed candidates of their own employer, where the data names both employers. */
export function examinerOwnEmployer(panel: SessionPanel): Signal[] {
  return panel.examiners.flatMap(({ examinerId, employerCode }) => {
    if (employerCode === null) return [];
    const own = panel.candidates.filter((c) => c.employerCode === employerCode);
    if (own.length === 0) return [];
    return [
      {
        rule: 'examiner-own-employer' as const,
        subject: { kind: 'session' as const, id: panel.sessionId },
        explanation: `examiner ${examinerId} assessed ${own.length} candidates employed, as the examiner is, by ${employerCode}`,
        facts: { examinerId, employerCode, candidates: own.length },
        evidence: own.map((c) => c.eventId),
      },
    ];
  });
}
