import { refundFromWire, refundToWire } from '../../../../../src/datasources/astra/refunds/transformers';
import { ASTRA_ASSUMPTIONS } from '../../../../../src/datasources/astra/assumptions';
import { newAttemptId } from '../../../../../src/domain/idempotency';

const wire = (description: string | null) => ({
  refundId: 'r1',
  txid: 'tx1',
  endToEndId: null,
  devolutionEndToEndId: null,
  amount: 1,
  description,
  status: 'PROCESSING',
  failureReason: null,
  createdAt: '2025-01-15T11:00:00.000Z',
  refundedAt: null,
});

describe('ASM-A52 refund attempt marker', () => {
  test('the marker rides at the end of the description and is split off when read back', () => {
    const marker = newAttemptId();
    const body = refundToWire({ txid: 'tx1', amountCents: 100, reason: 'box damaged', attemptMarker: marker });
    expect(body.description).toBe(`box damaged [pg:${marker}]`);
    expect(refundFromWire(wire(body.description!))).toMatchObject({ reason: 'box damaged', attemptMarker: marker });
  });

  test('without a reason the description is the tag alone, and reason reads back as null', () => {
    const marker = newAttemptId();
    const body = refundToWire({ txid: 'tx1', amountCents: 100, attemptMarker: marker });
    expect(body.description).toBe(`[pg:${marker}]`);
    expect(refundFromWire(wire(body.description!))).toMatchObject({ reason: null, attemptMarker: marker });
  });

  test("a reason at the maximum plus the tag fits Astra's 140 characters", () => {
    const body = refundToWire({ txid: 'tx1', amountCents: 100, reason: 'r'.repeat(ASTRA_ASSUMPTIONS.refundReasonMax), attemptMarker: newAttemptId() });
    expect(body.description).toHaveLength(ASTRA_ASSUMPTIONS.refundDescriptionMax);
  });

  test('descriptions without a tag (refunds made without a key, or elsewhere) are unchanged and carry no marker', () => {
    expect(refundFromWire(wire('Item returned [pg:short]'))).toMatchObject({ reason: 'Item returned [pg:short]' });
    expect(refundFromWire(wire('Item returned')).attemptMarker).toBeUndefined();
    expect(refundToWire({ txid: 'tx1', amountCents: 100, reason: 'plain' }).description).toBe('plain');
    expect(refundToWire({ txid: 'tx1', amountCents: 100 })).not.toHaveProperty('description');
  });
});
