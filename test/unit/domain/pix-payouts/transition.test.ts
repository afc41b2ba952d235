import DataLoader from 'dataloader';
import pino from 'pino';
import type { UseCaseDeps } from '../../../../src/domain/use-case';
import { bind, PortRegistry } from '../../../../src/domain/ports';
import { conflictError, IdempotencyGuard, inProgressError, MemoryIdempotencyStore } from '../../../../src/domain/idempotency';
import { PixPayoutBatchStatus, type PixPayoutBatchRecord } from '../../../../src/domain/pix-payouts/model';
import { PIX_PAYOUTS, type PixPayoutPort } from '../../../../src/domain/pix-payouts/port';
import { transitionPixPayoutBatch } from '../../../../src/domain/pix-payouts/transition';
import { ProviderNotFoundError, ProviderRejectedError } from '../../../../src/errors/domain-errors';
import { encodeGlobalId } from '../../../../src/lib/global-id';
import { UserErrorCode } from '../../../../src/domain/user-errors';

const S = PixPayoutBatchStatus;
const batchOf = (status: PixPayoutBatchStatus, batchId = 'B1'): PixPayoutBatchRecord =>
  ({ __typename: 'PixPayoutBatch', provider: 'ASTRA', batchId, status }) as PixPayoutBatchRecord;

/** A provider holding batches by id; release/cancel move CREATED on, or fail with `failNext`. */
class FakePayouts {
  readonly batches = new Map<string, PixPayoutBatchRecord>();
  readonly calls: string[] = [];
  failNext?: { error: Error; statusAfter?: PixPayoutBatchStatus };
  getError?: Error;

  getBatch(batchId: string): Promise<PixPayoutBatchRecord> {
    this.calls.push(`get ${batchId}`);
    if (this.getError) return Promise.reject(this.getError);
    const batch = this.batches.get(batchId);
    return batch ? Promise.resolve(batch) : Promise.reject(new ProviderNotFoundError('no such batch', { provider: 'ASTRA' }));
  }
  releaseBatch(batchId: string): Promise<PixPayoutBatchRecord> {
    return this.move('release', batchId, S.PROCESSING);
  }
  cancelBatch(batchId: string): Promise<PixPayoutBatchRecord> {
    return this.move('cancel', batchId, S.CANCELLED);
  }
  private move(verb: string, batchId: string, to: PixPayoutBatchStatus): Promise<PixPayoutBatchRecord> {
    this.calls.push(`${verb} ${batchId}`);
    const fail = this.failNext;
    if (fail) {
      this.failNext = undefined;
      if (fail.statusAfter) this.batches.set(batchId, batchOf(fail.statusAfter, batchId));
      return Promise.reject(fail.error);
    }
    const after = batchOf(to, batchId);
    this.batches.set(batchId, after);
    return Promise.resolve(after);
  }
}

interface Harness {
  payouts: FakePayouts;
  guard: IdempotencyGuard;
  loads: string[];
  deps: (clientId?: string) => UseCaseDeps;
}

function harness(guard = new IdempotencyGuard(new MemoryIdempotencyStore())): Harness {
  const payouts = new FakePayouts();
  const loads: string[] = [];
  const ports = new PortRegistry([
    { provider: 'ASTRA', bindings: [bind(PIX_PAYOUTS, payouts as unknown as PixPayoutPort)] },
    { provider: 'PAGSTAR', bindings: [bind(PIX_PAYOUTS, payouts as unknown as PixPayoutPort)] },
  ]);
  const deps = (clientId = 'client-a') =>
    ({
      clientId,
      logger: pino({ level: 'silent' }),
      loaders: {
        pixPayoutBatch: new DataLoader<string, PixPayoutBatchRecord>((keys) => {
          loads.push(...keys);
          return Promise.all(keys.map((key) => payouts.getBatch(key.split(':').at(-1)!)));
        }),
      },
      ports,
      idempotency: guard,
    }) as unknown as UseCaseDeps;
  return { payouts, guard, loads, deps };
}

const ID = encodeGlobalId('PixPayoutBatch', 'ASTRA', 'B1');
const invalidState = (message: string) => ({ pixPayoutBatch: null, userErrors: [{ field: ['input', 'batchId'], code: UserErrorCode.INVALID_STATE, message }] });

describe('transitionPixPayoutBatch: the batch id', () => {
  test.each([
    ['not a global id', 'nope!'],
    ['another type', encodeGlobalId('PixCharge', 'ASTRA', 'B1')],
  ])('%s → INVALID at input.batchId, no provider call', async (_, id) => {
    const h = harness();
    await expect(transitionPixPayoutBatch('release', id, h.deps())).resolves.toEqual({
      pixPayoutBatch: null,
      userErrors: [{ field: ['input', 'batchId'], code: UserErrorCode.INVALID, message: 'batchId is not a PixPayoutBatch id.' }],
    });
    expect(h.payouts.calls).toEqual([]);
  });

  test('an unknown batch → NOT_FOUND; not final: once the batch exists the same call acts', async () => {
    const h = harness();
    await expect(transitionPixPayoutBatch('release', ID, h.deps())).resolves.toEqual({
      pixPayoutBatch: null,
      userErrors: [{ field: ['input', 'batchId'], code: UserErrorCode.NOT_FOUND, message: 'No such Pix payout batch.' }],
    });
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    await expect(transitionPixPayoutBatch('release', ID, h.deps())).resolves.toEqual({ pixPayoutBatch: batchOf(S.PROCESSING), userErrors: [] });
    expect(h.payouts.calls).toEqual(['get B1', 'get B1', 'release B1']);
  });

  test('any other error reading the batch is rethrown', async () => {
    const h = harness();
    h.payouts.getError = new Error('boom');
    await expect(transitionPixPayoutBatch('cancel', ID, h.deps())).rejects.toThrow('boom');
  });
});

describe('transitionPixPayoutBatch: from CREATED the provider is asked', () => {
  test('release calls releaseBatch and answers the released batch, priming the loader', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    const deps = h.deps();
    await expect(transitionPixPayoutBatch('release', ID, deps)).resolves.toEqual({ pixPayoutBatch: batchOf(S.PROCESSING), userErrors: [] });
    expect(h.payouts.calls).toEqual(['get B1', 'release B1']);
    await expect(deps.loaders.pixPayoutBatch.load('ASTRA:B1')).resolves.toEqual(batchOf(S.PROCESSING));
    expect(h.loads).toEqual([]);
  });

  test('cancel calls cancelBatch', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    await expect(transitionPixPayoutBatch('cancel', ID, h.deps())).resolves.toEqual({ pixPayoutBatch: batchOf(S.CANCELLED), userErrors: [] });
    expect(h.payouts.calls).toEqual(['get B1', 'cancel B1']);
  });
});

describe('transitionPixPayoutBatch: not CREATED, no provider action', () => {
  test.each([S.PROCESSING, S.COMPLETED, S.PARTIALLY_COMPLETED, S.FAILED])('release of a %s batch answers it as it is', async (status) => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(status));
    await expect(transitionPixPayoutBatch('release', ID, h.deps())).resolves.toEqual({ pixPayoutBatch: batchOf(status), userErrors: [] });
    expect(h.payouts.calls).toEqual(['get B1']);
  });

  test('cancel of a CANCELLED batch answers it as it is', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CANCELLED));
    await expect(transitionPixPayoutBatch('cancel', ID, h.deps())).resolves.toEqual({ pixPayoutBatch: batchOf(S.CANCELLED), userErrors: [] });
    expect(h.payouts.calls).toEqual(['get B1']);
  });

  test.each([S.CANCELLED, S.UNKNOWN])('release of a %s batch is INVALID_STATE', async (status) => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(status));
    await expect(transitionPixPayoutBatch('release', ID, h.deps())).resolves.toEqual(invalidState(`A ${status} batch cannot be released; only a CREATED one can.`));
    expect(h.payouts.calls).toEqual(['get B1']);
  });

  test.each([S.PROCESSING, S.COMPLETED, S.PARTIALLY_COMPLETED, S.FAILED, S.UNKNOWN])('cancel of a %s batch is INVALID_STATE', async (status) => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(status));
    await expect(transitionPixPayoutBatch('cancel', ID, h.deps())).resolves.toEqual(invalidState(`A ${status} batch cannot be cancelled; only a CREATED one can.`));
    expect(h.payouts.calls).toEqual(['get B1']);
  });

  test('a refusal is not final: once the batch is CREATED again the next call acts', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CANCELLED));
    await transitionPixPayoutBatch('release', ID, h.deps());
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    await expect(transitionPixPayoutBatch('release', ID, h.deps())).resolves.toEqual({ pixPayoutBatch: batchOf(S.PROCESSING), userErrors: [] });
  });
});

describe('transitionPixPayoutBatch: the provider refuses (the batch moved meanwhile)', () => {
  const rejected = () => new ProviderRejectedError('Invalid request parameters', [], { provider: 'ASTRA', upstreamTransactionId: 'tx-9' });

  test('release refused because a concurrent cancel won → INVALID_STATE with the status now', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    h.payouts.failNext = { error: rejected(), statusAfter: S.CANCELLED };
    await expect(transitionPixPayoutBatch('release', ID, h.deps())).resolves.toEqual(invalidState('A CANCELLED batch cannot be released; only a CREATED one can.'));
    expect(h.payouts.calls).toEqual(['get B1', 'release B1', 'get B1']);
  });

  test('release refused because a concurrent release won → the batch as it is now', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    h.payouts.failNext = { error: rejected(), statusAfter: S.PROCESSING };
    await expect(transitionPixPayoutBatch('release', ID, h.deps())).resolves.toEqual({ pixPayoutBatch: batchOf(S.PROCESSING), userErrors: [] });
  });

  test('refused while still CREATED → PROVIDER_REJECTED at input, with the provider reference', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    h.payouts.failNext = { error: rejected() };
    await expect(transitionPixPayoutBatch('cancel', ID, h.deps())).resolves.toEqual({
      pixPayoutBatch: null,
      userErrors: [{ field: ['input'], code: UserErrorCode.PROVIDER_REJECTED, message: 'Invalid request parameters (x-transaction-id tx-9)' }],
    });
    expect(h.payouts.calls).toEqual(['get B1', 'cancel B1', 'get B1']);
  });

  test('any other provider error is rethrown without reading the batch again', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    h.payouts.failNext = { error: new Error('socket hang up'), statusAfter: S.PROCESSING };
    await expect(transitionPixPayoutBatch('release', ID, h.deps())).rejects.toThrow('socket hang up');
    expect(h.payouts.calls).toEqual(['get B1', 'release B1']);
  });
});

describe('transitionPixPayoutBatch: idempotency', () => {
  test('a repeated release replays: no second provider call, the batch is answered as it is now (one load)', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    await transitionPixPayoutBatch('release', ID, h.deps());
    h.payouts.batches.set('B1', batchOf(S.COMPLETED));
    await expect(transitionPixPayoutBatch('release', ID, h.deps())).resolves.toEqual({ pixPayoutBatch: batchOf(S.COMPLETED), userErrors: [] });
    expect(h.payouts.calls).toEqual(['get B1', 'release B1', 'get B1']);
    expect(h.loads).toEqual(['ASTRA:B1']);
  });

  test('release and cancel are separate scopes: cancel after a release is INVALID_STATE, not a replay', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    await transitionPixPayoutBatch('release', ID, h.deps());
    await expect(transitionPixPayoutBatch('cancel', ID, h.deps())).resolves.toEqual(invalidState('A PROCESSING batch cannot be cancelled; only a CREATED one can.'));
  });

  test('clients are separate scopes: another client reads the batch itself', async () => {
    const h = harness();
    h.payouts.batches.set('B1', batchOf(S.CREATED));
    await transitionPixPayoutBatch('release', ID, h.deps('client-a'));
    await expect(transitionPixPayoutBatch('release', ID, h.deps('client-b'))).resolves.toEqual({ pixPayoutBatch: batchOf(S.PROCESSING), userErrors: [] });
    expect(h.payouts.calls).toEqual(['get B1', 'release B1', 'get B1']);
    expect(h.loads).toEqual([]);
  });

  test('the same provider id under another global id is a conflict', async () => {
    const h = harness();
    // A UUID is a valid provider id for both providers (ASM-A55, ASM-P11).
    const uuid = '0b6f3c1e-2a7d-4f7e-9d7a-5c1e8f0a9b21';
    h.payouts.batches.set(uuid, batchOf(S.CREATED, uuid));
    await transitionPixPayoutBatch('release', encodeGlobalId('PixPayoutBatch', 'ASTRA', uuid), h.deps());
    await expect(transitionPixPayoutBatch('release', encodeGlobalId('PixPayoutBatch', 'PAGSTAR', uuid), h.deps())).resolves.toEqual({
      pixPayoutBatch: null,
      userErrors: [conflictError()],
    });
  });

  test('a call while the same one still runs (past the wait) is IDEMPOTENCY_IN_PROGRESS', async () => {
    const h = harness(new IdempotencyGuard(new MemoryIdempotencyStore(), { maxWaitMs: 0 }));
    let finish: (batch: PixPayoutBatchRecord) => void = () => undefined;
    let reading: () => void = () => undefined;
    const firstIsReading = new Promise<void>((resolve) => (reading = resolve));
    h.payouts.getBatch = () => {
      reading();
      return new Promise((resolve) => (finish = resolve));
    };
    const first = transitionPixPayoutBatch('cancel', ID, h.deps());
    await firstIsReading; // the first call holds the key's lock from here until `finish`
    await expect(transitionPixPayoutBatch('cancel', ID, h.deps())).resolves.toEqual({ pixPayoutBatch: null, userErrors: [inProgressError()] });
    finish(batchOf(S.CANCELLED));
    await expect(first).resolves.toEqual({ pixPayoutBatch: batchOf(S.CANCELLED), userErrors: [] });
  });
});
