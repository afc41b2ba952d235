import DataLoader from 'dataloader';
import pino from 'pino';
import type { GraphQLContext } from '../../../../src/context';
import { bind, PortRegistry } from '../../../../src/datasources/registry';
import { loaderKey } from '../../../../src/datasources/loaders';
import { IdempotencyGuard, MemoryIdempotencyStore } from '../../../../src/domain/idempotency';
import { transitionPixPayoutBatch } from '../../../../src/domain/pix-payouts/transition';
import { PixPayoutBatchStatus, type PixPayoutBatchRecord } from '../../../../src/domain/pix-payouts/model';
import { PIX_PAYOUTS, type PixPayoutPort } from '../../../../src/domain/pix-payouts/port';
import { ProviderNotFoundError, ProviderRejectedError, ProviderUnavailableError } from '../../../../src/errors/domain-errors';
import { encodeGlobalId } from '../../../../src/lib/global-id';

// releasePixPayoutBatch / cancelPixPayoutBatch as guarded state transitions (ASM-A33/A34): the provider is asked to
// act only from CREATED, a batch already there answers as it is, the other way round is INVALID_STATE.

const S = PixPayoutBatchStatus;
const batchId = 'payroll-2030-05';
const globalId = encodeGlobalId('PixPayoutBatch', 'ASTRA', batchId);

/** Astra's Pix Checkout as far as transitions go: one batch, counted calls, an optional answer to the next action. */
class FakePayouts {
  readonly code = 'ASTRA' as const;
  batch: PixPayoutBatchRecord | undefined = record(S.CREATED);
  calls = { get: 0, release: 0, cancel: 0 };
  /** What the next release/cancel does instead of succeeding. */
  nextAction?: () => Promise<PixPayoutBatchRecord>;

  getBatch(id: string): Promise<PixPayoutBatchRecord> {
    this.calls.get++;
    if (!this.batch || id !== batchId) return Promise.reject(new ProviderNotFoundError('no such batch', { provider: 'ASTRA' }));
    return Promise.resolve(this.batch);
  }
  releaseBatch(): Promise<PixPayoutBatchRecord> {
    this.calls.release++;
    return this.act(S.PROCESSING);
  }
  cancelBatch(): Promise<PixPayoutBatchRecord> {
    this.calls.cancel++;
    return this.act(S.CANCELLED);
  }
  private act(next: PixPayoutBatchStatus): Promise<PixPayoutBatchRecord> {
    const override = this.nextAction;
    this.nextAction = undefined;
    if (override) return override();
    this.batch = record(next);
    return Promise.resolve(this.batch);
  }
}

function record(status: PixPayoutBatchStatus): PixPayoutBatchRecord {
  return { __typename: 'PixPayoutBatch', id: globalId, provider: 'ASTRA', batchId, status } as PixPayoutBatchRecord;
}

/** One client's requests against one fake provider; each call gets fresh loaders, the guard's store is shared. */
function setup() {
  const payouts = new FakePayouts();
  const services = {
    ports: new PortRegistry([{ provider: 'ASTRA', bindings: [bind(PIX_PAYOUTS, payouts as unknown as PixPayoutPort)] }]),
    idempotency: new IdempotencyGuard(new MemoryIdempotencyStore()),
  };
  const context = () => {
    const pixPayoutBatch = new DataLoader<string, PixPayoutBatchRecord>((keys) => Promise.all(keys.map(() => payouts.getBatch(batchId))));
    return {
      client: { clientId: 'client-a', scopes: new Set(['payouts']) },
      logger: pino({ level: 'silent' }),
      loaders: { pixPayoutBatch },
      services,
    } as unknown as GraphQLContext;
  };
  return { payouts, context };
}

const codes = (result: { userErrors: { field: string[] | null; code: string }[] }) => result.userErrors.map((e) => `${e.field?.join('.')}:${e.code}`);

describe('transitionPixPayoutBatch', () => {
  test('an id that is not a PixPayoutBatch id is INVALID with no provider call', async () => {
    const { payouts, context } = setup();
    for (const id of ['not-a-global-id', encodeGlobalId('PixCharge', 'ASTRA', batchId)]) {
      const result = await transitionPixPayoutBatch('release', id, context());
      expect(result).toEqual({ pixPayoutBatch: null, userErrors: [{ field: ['input', 'batchId'], code: 'INVALID', message: 'batchId is not a PixPayoutBatch id.' }] });
    }
    expect(payouts.calls).toEqual({ get: 0, release: 0, cancel: 0 });
  });

  test('an unknown batch is NOT_FOUND, and asking again reads again (a refusal is not stored as final)', async () => {
    const { payouts, context } = setup();
    payouts.batch = undefined;
    const result = await transitionPixPayoutBatch('cancel', globalId, context());
    expect(result).toEqual({ pixPayoutBatch: null, userErrors: [{ field: ['input', 'batchId'], code: 'NOT_FOUND', message: 'No such Pix payout batch.' }] });
    await transitionPixPayoutBatch('cancel', globalId, context());
    expect(payouts.calls).toEqual({ get: 2, release: 0, cancel: 0 });
  });

  test('release from CREATED: one read, one release, the answer primes the request loader', async () => {
    const { payouts, context } = setup();
    const ctx = context();
    const result = await transitionPixPayoutBatch('release', globalId, ctx);
    expect(result).toEqual({ pixPayoutBatch: record(S.PROCESSING), userErrors: [] });
    expect(payouts.calls).toEqual({ get: 1, release: 1, cancel: 0 });
    await expect(ctx.loaders.pixPayoutBatch.load(loaderKey('ASTRA', batchId))).resolves.toEqual(record(S.PROCESSING));
    expect(payouts.calls.get).toBe(1);
  });

  test('cancel from CREATED: one read, one cancel', async () => {
    const { payouts, context } = setup();
    expect(await transitionPixPayoutBatch('cancel', globalId, context())).toEqual({ pixPayoutBatch: record(S.CANCELLED), userErrors: [] });
    expect(payouts.calls).toEqual({ get: 1, release: 0, cancel: 1 });
  });

  test.each([S.PROCESSING, S.COMPLETED, S.PARTIALLY_COMPLETED, S.FAILED])('release of a %s batch answers it as it is, without a release call', async (status) => {
    const { payouts, context } = setup();
    payouts.batch = record(status);
    expect(await transitionPixPayoutBatch('release', globalId, context())).toEqual({ pixPayoutBatch: record(status), userErrors: [] });
    expect(payouts.calls).toEqual({ get: 1, release: 0, cancel: 0 });
  });

  test('cancel of a CANCELLED batch answers it as it is, without a cancel call', async () => {
    const { payouts, context } = setup();
    payouts.batch = record(S.CANCELLED);
    expect(await transitionPixPayoutBatch('cancel', globalId, context())).toEqual({ pixPayoutBatch: record(S.CANCELLED), userErrors: [] });
    expect(payouts.calls.cancel).toBe(0);
  });

  test('the other direction is INVALID_STATE, naming the status and the verb, without a provider action', async () => {
    const { payouts, context } = setup();
    payouts.batch = record(S.CANCELLED);
    expect(await transitionPixPayoutBatch('release', globalId, context())).toEqual({
      pixPayoutBatch: null,
      userErrors: [{ field: ['input', 'batchId'], code: 'INVALID_STATE', message: 'A CANCELLED batch cannot be released; only a CREATED one can.' }],
    });
    payouts.batch = record(S.COMPLETED);
    expect(await transitionPixPayoutBatch('cancel', globalId, context())).toEqual({
      pixPayoutBatch: null,
      userErrors: [{ field: ['input', 'batchId'], code: 'INVALID_STATE', message: 'A COMPLETED batch cannot be cancelled; only a CREATED one can.' }],
    });
    expect(payouts.calls).toEqual({ get: 2, release: 0, cancel: 0 });
  });

  test('a release refused because a cancel won meanwhile reads the batch again and says INVALID_STATE', async () => {
    const { payouts, context } = setup();
    payouts.nextAction = () => {
      payouts.batch = record(S.CANCELLED);
      return Promise.reject(new ProviderRejectedError('Invalid request parameters', [], { provider: 'ASTRA' }));
    };
    expect(codes(await transitionPixPayoutBatch('release', globalId, context()))).toEqual(['input.batchId:INVALID_STATE']);
    expect(payouts.calls).toEqual({ get: 2, release: 1, cancel: 0 });
  });

  test('a release refused while the batch is still CREATED is PROVIDER_REJECTED with the upstream transaction id', async () => {
    const { payouts, context } = setup();
    payouts.nextAction = () => Promise.reject(new ProviderRejectedError('Invalid request parameters', [], { provider: 'ASTRA', upstreamTransactionId: 'tx-1' }));
    expect(await transitionPixPayoutBatch('release', globalId, context())).toEqual({
      pixPayoutBatch: null,
      userErrors: [{ field: ['input'], code: 'PROVIDER_REJECTED', message: 'Invalid request parameters (x-transaction-id tx-1)' }],
    });
  });

  test('an action refused because another won meanwhile: a cancel after a release is INVALID_STATE, a release after a release answers the batch', async () => {
    const { payouts, context } = setup();
    payouts.nextAction = () => {
      payouts.batch = record(S.PROCESSING);
      return Promise.reject(new ProviderRejectedError('Invalid request parameters', [], { provider: 'ASTRA' }));
    };
    expect(codes(await transitionPixPayoutBatch('cancel', globalId, context()))).toEqual(['input.batchId:INVALID_STATE']);
    payouts.batch = record(S.CREATED);
    payouts.nextAction = () => {
      payouts.batch = record(S.PROCESSING);
      return Promise.reject(new ProviderRejectedError('Invalid request parameters', [], { provider: 'ASTRA' }));
    };
    expect(await transitionPixPayoutBatch('release', globalId, context())).toEqual({ pixPayoutBatch: record(S.PROCESSING), userErrors: [] });
  });

  test('a provider outage is not turned into a user error', async () => {
    const { payouts, context } = setup();
    const outage = new ProviderUnavailableError('Astra did not answer in time', { provider: 'ASTRA' });
    payouts.nextAction = () => Promise.reject(outage);
    await expect(transitionPixPayoutBatch('release', globalId, context())).rejects.toBe(outage);
    // Not re-read as if it were a refusal: the outcome of the release is unknown, the caller retries.
    expect(payouts.calls).toEqual({ get: 1, release: 1, cancel: 0 });
  });

  test('an outage while reading the batch is not NOT_FOUND', async () => {
    const { payouts, context } = setup();
    const outage = new ProviderUnavailableError('Astra did not answer in time', { provider: 'ASTRA' });
    payouts.getBatch = () => Promise.reject(outage);
    await expect(transitionPixPayoutBatch('cancel', globalId, context())).rejects.toBe(outage);
  });

  test('release and cancel are separate transitions: a cancel after a release is judged on its own (INVALID_STATE), not replayed', async () => {
    const { payouts, context } = setup();
    await transitionPixPayoutBatch('release', globalId, context());
    expect(codes(await transitionPixPayoutBatch('cancel', globalId, context()))).toEqual(['input.batchId:INVALID_STATE']);
    expect(payouts.calls).toEqual({ get: 2, release: 1, cancel: 0 });
  });

  test('a repeated release is one release call; the repeat answers the batch as it is now (one read)', async () => {
    const { payouts, context } = setup();
    await transitionPixPayoutBatch('release', globalId, context());
    payouts.batch = record(S.COMPLETED);
    expect(await transitionPixPayoutBatch('release', globalId, context())).toEqual({ pixPayoutBatch: record(S.COMPLETED), userErrors: [] });
    expect(payouts.calls).toEqual({ get: 2, release: 1, cancel: 0 });
  });

  test('concurrent releases share one attempt: one release call', async () => {
    const { payouts, context } = setup();
    const results = await Promise.all(Array.from({ length: 5 }, () => transitionPixPayoutBatch('release', globalId, context())));
    expect(results.every((r) => r.pixPayoutBatch?.status === S.PROCESSING && r.userErrors.length === 0)).toBe(true);
    expect(payouts.calls.release).toBe(1);
  });
});
