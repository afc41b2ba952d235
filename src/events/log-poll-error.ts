import type { Logger } from '../logger';
import { PaygraphError } from '../errors/domain-errors';

/** Poll failures, logged without provider bodies: the domain error's code and upstream reference only. */
export function logPollError(logger: Logger) {
  return (key: string, error: unknown): void => {
    const details = error instanceof PaygraphError ? { code: error.code, upstreamTransactionId: error.details.upstreamTransactionId } : { code: 'INTERNAL' };
    logger.warn({ event: 'poll_failed', subjectId: key, ...details }, 'polling a provider failed; backing off');
  };
}
