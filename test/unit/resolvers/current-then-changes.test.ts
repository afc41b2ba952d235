import { currentThenChanges } from '../../../src/resolvers/current-then-changes';
import { pixChargeMovedOn } from '../../../src/domain/pix-charges/progress';
import { brl } from '../../../src/domain/models';
import { PixChargeStatus, type PixChargeRecord } from '../../../src/domain/pix-charges/model';

function charge(status: PixChargeStatus, refundedCents = 0): PixChargeRecord {
  return {
    __typename: 'PixCharge',
    id: 'id',
    provider: 'ASTRA',
    txid: 't',
    status,
    providerStatus: null,
    amount: brl(500),
    amountRefunded: brl(refundedCents),
    description: null,
    reference: null,
    debtor: null,
    payer: null,
    brCode: null,
    checkoutUrl: null,
    createdAt: null,
    expiresAt: null,
    paidAt: null,
    endToEndId: null,
  };
}

/** A live source that already holds what the bus queued while the current state was being read. */
function queued(...values: PixChargeRecord[]): AsyncIterableIterator<PixChargeRecord> & { returned: number } {
  const source = {
    returned: 0,
    next: async () => (values.length ? { value: values.shift()!, done: false as const } : { value: undefined, done: true as const }),
    return: async () => {
      source.returned++;
      return { value: undefined, done: true as const };
    },
    [Symbol.asyncIterator]() {
      return source;
    },
  };
  return source;
}

async function drain(iterator: AsyncIterableIterator<PixChargeRecord>): Promise<string[]> {
  const seen: string[] = [];
  for (let r = await iterator.next(); !r.done; r = await iterator.next()) seen.push(`${r.value.status}:${r.value.amountRefunded.amount}`);
  return seen;
}

describe('currentThenChanges with pixChargeMovedOn', () => {
  test('a change queued during the read that the read already saw is not sent twice', async () => {
    const stream = currentThenChanges(charge(PixChargeStatus.PAID), queued(charge(PixChargeStatus.PAID), charge(PixChargeStatus.PARTIALLY_REFUNDED, 100)), pixChargeMovedOn);
    expect(await drain(stream)).toEqual(['PAID:0', 'PARTIALLY_REFUNDED:100']);
  });

  test('a change queued during the read that the read did not see yet is sent after the current state', async () => {
    const stream = currentThenChanges(charge(PixChargeStatus.ACTIVE), queued(charge(PixChargeStatus.PAID)), pixChargeMovedOn);
    expect(await drain(stream)).toEqual(['ACTIVE:0', 'PAID:0']);
  });

  test('an event older than the current state (re-fetched before the read) never moves the client back', async () => {
    const stream = currentThenChanges(
      charge(PixChargeStatus.PARTIALLY_REFUNDED, 100),
      queued(charge(PixChargeStatus.PAID), charge(PixChargeStatus.PARTIALLY_REFUNDED, 100), charge(PixChargeStatus.PARTIALLY_REFUNDED, 300)),
      pixChargeMovedOn,
    );
    expect(await drain(stream)).toEqual(['PARTIALLY_REFUNDED:100', 'PARTIALLY_REFUNDED:300']);
  });

  test('an UNKNOWN status is sent whenever it differs from the last state', async () => {
    const unknown = { ...charge(PixChargeStatus.UNKNOWN), providerStatus: 'X' };
    const stream = currentThenChanges(charge(PixChargeStatus.PAID), queued(unknown, unknown, charge(PixChargeStatus.PAID)), pixChargeMovedOn);
    expect(await drain(stream)).toEqual(['PAID:0', 'UNKNOWN:0', 'PAID:0']);
  });

  test('return() ends the live source, and onEmit runs once per live message only', async () => {
    const live = queued(charge(PixChargeStatus.PAID), charge(PixChargeStatus.EXPIRED));
    let emits = 0;
    const stream = currentThenChanges(charge(PixChargeStatus.ACTIVE), live, pixChargeMovedOn, () => emits++);
    await stream.next();
    expect(emits).toBe(0);
    await stream.next();
    expect(emits).toBe(1);
    await stream.return!();
    expect(live.returned).toBe(1);
  });
});
