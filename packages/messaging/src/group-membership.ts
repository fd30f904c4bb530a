import type { MessagingLogger } from './logger.ts';
import type { ConsumeOptions } from './port/consumer.ts';

/**
 * Whether a consumer is in its group: not until it first joins, and not from a crash until it
 * joins again. A client that crashes on joining (a broker whose group coordinator is still
 * loading) restarts by itself a while later, and its service answered as if it were reading; a
 * readiness check on this waits until it is.
 */
export interface GroupMembership {
  readonly inGroup: () => boolean;
  /** The consume options that keep it: a join and a crash are logged as well. */
  readonly listeners: Required<Pick<ConsumeOptions, 'onJoin' | 'onCrash'>>;
}

export function groupMembership(groupId: string, logger: MessagingLogger): GroupMembership {
  let member = false;
  return {
    inGroup: () => member,
    listeners: {
      onJoin: ({ memberId, assignment }) => {
        member = true;
        logger.info({ groupId, memberId, assignment }, 'consumer joined');
      },
      onCrash: (err, restart) => {
        member = false;
        logger.error({ groupId, err, restart }, 'consumer crashed');
      },
    },
  };
}
