import { useSession } from '../../auth/session.tsx';
import WorkerPage from './worker-page.tsx';

/** A worker's own ladder: the worker page for the workerId the worker's token names. */
export default function MyLadderPage() {
  const { session } = useSession();
  return session?.workerId ? <WorkerPage workerId={session.workerId} /> : null;
}
