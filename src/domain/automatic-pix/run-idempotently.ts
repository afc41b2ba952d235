import type { ProviderCode } from '../../providers';
import { runProviderWrite, type Answer } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import type { UserErrorShape } from '../user-errors';

export { idempotencyKeyErrors, type Answer } from '../idempotency';

/**
 * @deprecated The runner is `runProviderWrite` (src/domain/idempotency/run-idempotently.ts). This
 * positional shim only keeps card-recurrences compiling until it calls that directly; delete it then.
 */
export function runIdempotently<T>(
  ctx: { services: Pick<UseCaseDeps, 'idempotency'>; client: { clientId: string } },
  operation: string,
  provider: ProviderCode,
  key: string | null | undefined,
  request: unknown,
  call: () => Promise<T>,
  providerId: (value: T) => string,
  precheck?: () => Promise<UserErrorShape[]>,
): Promise<Answer<T>> {
  const deps = { idempotency: ctx.services.idempotency, clientId: ctx.client.clientId };
  return runProviderWrite(deps, { operation, provider, key, request, call, providerId, ...(precheck ? { precheck } : {}) });
}
