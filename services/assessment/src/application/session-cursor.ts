import type { SessionPosition } from './session-index.ts';

/** A page's `next`, as the client passes it back in `after`: opaque, URL-safe. */
export const encodeSessionCursor = ({ date, sessionId }: SessionPosition): string =>
  Buffer.from(JSON.stringify([date, sessionId])).toString('base64url');

/** The position a cursor names, or null when it is not one this service made. */
export function decodeSessionCursor(cursor: string): SessionPosition | null {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || decoded.length !== 2) return null;
    const [date, sessionId] = decoded;
    return typeof date === 'string' && typeof sessionId === 'string' ? { date, sessionId } : null;
  } catch {
    return null;
  }
}
