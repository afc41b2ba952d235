import DataLoader from 'dataloader';
import pino from 'pino';
import { bind, PortRegistry } from '../../../../src/domain/ports';
import { IdempotencyGuard, MemoryIdempotencyStore } from '../../../../src/domain/idempotency';
import { createPixPayoutBatch, type CreatePixPayoutBatchDeps, type CreatePixPayoutBatchRequest } from '../../../../src/domain/pix-payouts/create-pix-payout-batch';
import { memoryPayoutBatchIndex } from '../../../../src/domain/pix-payouts/batch-index';
import { systemClock } from '../../../../src/lib/clock';
import { DebitAccountType, PixKeyType, PixPayoutBatchStatus, type PixPayoutBatchRecord } from '../../../../src/domain/pix-payouts/model';
import { PIX_PAYOUTS, type CreatePixPayoutBatchCommand, type PixPayoutPort } from '../../../../src/domain/pix-payouts/port';
import { ProviderNotFoundError, ProviderRejectedError } from '../../../../src/errors/domain-errors';
import { ASTRA_ASSUMPTIONS } from '../../../../src/datasources/astra/assumptions';

/** A provider that, like Astra (ASM-A30), refuses a batch id it already has with a 400. */
class FakePayouts implements Pick<PixPayoutPort, 'code' | 'limits' | 'createBatch' | 'getBatch'> {
  readonly code = 'ASTRA' as const;
  readonly limits = ASTRA_ASSUMPTIONS.pixCheckout.limits;
  readonly batches = new Map<string, PixPayoutBatchRecord>();
  creates = 0;

  createBatch(command: CreatePixPayoutBatchCommand): Promise<PixPayoutBatchRecord> {
    this.creates++;
    if (this.batches.has(command.batchId)) return Promise.reject(new ProviderRejectedError('Invalid request parameters', [], { provider: 'ASTRA' }));
    const total = command.payments.reduce((sum, p) => sum + p.amountCents, 0);
    const batch = {
      __typename: 'PixPayoutBatch',
      id: `id-${command.batchId}`,
      provider: 'ASTRA',
      batchId: command.batchId,
      status: PixPayoutBatchStatus.CREATED,
      paymentCount: command.payments.length,
      totalAmount: { amount: total },
    } as PixPayoutBatchRecord;
    this.batches.set(command.batchId, batch);
    return Promise.resolve(batch);
  }

  getBatch(batchId: string): Promise<PixPayoutBatchRecord> {
    const batch = this.batches.get(batchId);
    return batch ? Promise.resolve(batch) : Promise.reject(new ProviderNotFoundError('no such batch', { provider: 'ASTRA' }));
  }
}

/** Dependencies whose idempotency store is new on every call: the guard's record is "lost" (expired, store wiped). */
function depsWithoutRecords(payouts: FakePayouts): CreatePixPayoutBatchDeps {
  return {
    clientId: 'client-a',
    logger: pino({ level: 'silent' }),
    loaders: { pixPayoutBatch: new DataLoader<string, PixPayoutBatchRecord>(() => Promise.reject(new Error('not used'))) },
    ports: new PortRegistry([{ provider: 'ASTRA', bindings: [bind(PIX_PAYOUTS, payouts as unknown as PixPayoutPort)] }]),
    idempotency: new IdempotencyGuard(new MemoryIdempotencyStore()),
    clock: systemClock,
    payoutBatches: memoryPayoutBatchIndex(),
  } as unknown as CreatePixPayoutBatchDeps;
}

const request = (amount: number): CreatePixPayoutBatchRequest => ({
  provider: 'ASTRA',
  idempotencyKey: 'payroll-2026-01',
  debitAccount: { agency: '1234', account: '987654321', accountDigit: '5', accountType: DebitAccountType.CHECKING },
  payments: [{ paymentId: 'P1', pixKey: { type: PixKeyType.CPF, value: '12345678909' }, amount, beneficiaryName: 'A' }],
});

describe('createPixPayoutBatch when the idempotency record is gone', () => {
  test('the same key adopts the batch the provider already has instead of failing or creating a second', async () => {
    const payouts = new FakePayouts();
    const first = await createPixPayoutBatch(request(150), depsWithoutRecords(payouts));
    const again = await createPixPayoutBatch(request(150), depsWithoutRecords(payouts));
    expect(again).toEqual({ pixPayoutBatch: first.pixPayoutBatch, userErrors: [] });
    expect(payouts.batches.size).toBe(1);
  });

  test('the same key with another batch (different total) is an IDEMPOTENCY_CONFLICT', async () => {
    const payouts = new FakePayouts();
    await createPixPayoutBatch(request(150), depsWithoutRecords(payouts));
    const other = await createPixPayoutBatch(request(99), depsWithoutRecords(payouts));
    expect(other.userErrors.map((e) => e.code)).toEqual(['IDEMPOTENCY_CONFLICT']);
    expect(payouts.batches.size).toBe(1);
  });
});
