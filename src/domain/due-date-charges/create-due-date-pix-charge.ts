import { randomUUID } from 'node:crypto';
import type { ProviderCode } from '../../providers';
import { brasiliaToday } from '../../lib/brasilia-calendar';
import { providerRejectionAsUserError, type UserErrorShape } from '../user-errors';
import { loaderKey } from '../loaders';
import { checkIdempotencyKey, runKeyed, type AttemptInfo } from '../idempotency';
import type { UseCaseDeps } from '../use-case';
import type { DueDatePixChargeRecord } from './model';
import type { CreateDueDatePixChargeCommand, CreateKey, DueDatePixChargePort } from './port';
import { portFor } from './port-for';
import { validateCreateDueDatePixCharge, type CreateDueDatePixChargeArgs } from './validate';

/** What createDueDatePixCharge is asked (the schema's CreateDueDatePixChargeInput implements it). */
export interface CreateDueDatePixChargeRequest extends CreateDueDatePixChargeArgs {
  provider: ProviderCode;
  idempotencyKey?: string | null;
}

export interface CreateDueDatePixChargeResult {
  dueDatePixCharge: DueDatePixChargeRecord | null;
  userErrors: UserErrorShape[];
}

type CreateDeps = Pick<UseCaseDeps, 'ports' | 'idempotency' | 'clientId' | 'loaders' | 'logger' | 'clock'>;

/**
 * createDueDatePixCharge: port (NOT_SUPPORTED on Astra and Pagstar) → validate against the
 * Brasília day of the (sandbox) clock, zero provider calls on bad input → create under the key.
 * The provider derives the charge's txid from (client, idempotency key), so a retry after a lost
 * answer reads that txid first and creates only if nothing is there: one charge per key by
 * construction, no OUTCOME_UNKNOWN. Without a key, a random one names a single attempt.
 */
export async function createDueDatePixCharge(request: CreateDueDatePixChargeRequest, deps: CreateDeps): Promise<CreateDueDatePixChargeResult> {
  const port = portFor(deps.ports, request.provider, ['input', 'provider']);
  if ('userError' in port) return { dueDatePixCharge: null, userErrors: [port.userError] };
  const validated = validateCreateDueDatePixCharge(request, port.limits, brasiliaToday(deps.clock.now()));
  const keyErrors: UserErrorShape[] = [];
  checkIdempotencyKey(request.idempotencyKey, keyErrors);
  if (!validated.ok || keyErrors.length > 0) return { dueDatePixCharge: null, userErrors: [...(validated.ok ? [] : validated.errors), ...keyErrors] };
  const command = validated.value;
  const idempotencyKey = request.idempotencyKey ?? randomUUID();

  return runKeyed<CreateDueDatePixChargeResult>(deps, {
    operation: 'createDueDatePixCharge',
    key: request.idempotencyKey,
    request: { provider: request.provider, ...command },
    provider: request.provider,
    // The PUT is the first call, so any failed attempt may have created the charge; the next one reads it back.
    declaresWrites: false,
    execute: (attempt) => createOnce(port, command, { clientId: deps.clientId, idempotencyKey, earlierAttempt: hadEarlierAttempt(attempt) }, deps),
    failed: (error) => ({ dueDatePixCharge: null, userErrors: [error] }),
    providerIds: (payload) => (payload.dueDatePixCharge ? [payload.dueDatePixCharge.txid] : []),
  });
}

function hadEarlierAttempt(attempt: AttemptInfo | undefined): boolean {
  return (attempt?.previousAttempts.length ?? 0) > 0;
}

async function createOnce(
  port: DueDatePixChargePort,
  command: CreateDueDatePixChargeCommand,
  key: CreateKey,
  deps: Pick<UseCaseDeps, 'loaders' | 'logger'>,
): Promise<CreateDueDatePixChargeResult> {
  try {
    const charge = await port.create(command, key);
    deps.loaders.dueDatePixCharge.prime(loaderKey(charge.provider, charge.txid), charge);
    deps.logger.info({ event: 'due_date_pix_charge_created', provider: charge.provider, txid: charge.txid }, 'Due-date Pix charge created');
    return { dueDatePixCharge: charge, userErrors: [] };
  } catch (error) {
    return { dueDatePixCharge: null, userErrors: [providerRejectionAsUserError(error)] };
  }
}
