import { useMessages } from '../../i18n/messages.ts';
import { centreMessages, levelNames } from './centre-messages.ts';
import { partNames, sessionMessages } from './session-messages.ts';
import { type SessionLine, StatusBadge } from './sessions-parts.tsx';
import type { Part } from './sheet-templates.ts';

/** A session as `GET /v1/sessions/{id}` answers it. */
export interface SessionPlan extends SessionLine {
  readonly standardVersion: string;
  readonly examiners: readonly { examinerId: string; grade: string }[];
  readonly supervisorId: string;
  readonly parts: readonly Part[];
  readonly closedAt: string | null;
}

/** The plan of a session and its counts, as a description list. */
export function SessionDetails({ session }: { session: SessionPlan }) {
  const t = useMessages(sessionMessages);
  const c = useMessages(centreMessages);
  const levels = useMessages(levelNames);
  const parts = useMessages(partNames);
  const { enrolled, passed, failed, pending } = session.candidates;
  const rows: [string, preact.ComponentChildren][] = [
    [c.status, <StatusBadge key="status" status={session.status} />],
    [t.body, session.bodyName],
    [c.date, session.date],
    [c.venue, session.venue],
    [
      c.occupation,
      session.workType === '--' ? session.occupationCode : `${session.occupationCode}（${session.workType}）`,
    ],
    [c.level, levels[session.level]],
    [t.standard, session.standardVersion],
    [t.parts, session.parts.map((part) => parts[part]).join('、')],
    [t.examiners, session.examiners.map((e) => e.examinerId).join('、')],
    [t.supervisor, session.supervisorId],
    [c.candidates, c.counts(enrolled, passed, failed, pending)],
    ...(session.closedAt === null ? [] : [[t.closedAt, session.closedAt] as [string, string]]),
  ];
  return (
    <dl class="details">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
