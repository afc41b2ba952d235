import { dueDatePixChargeMovedOn } from '../../../../src/domain/due-date-charges/progress';
import { DueDatePixChargeStatus, type DueDatePixChargeRecord } from '../../../../src/domain/due-date-charges/model';
import { brl } from '../../../../src/domain/models';

const base = { status: DueDatePixChargeStatus.ACTIVE, providerStatus: 'ATIVA', revision: 0, payments: [] } as unknown as DueDatePixChargeRecord;
const at = (changes: Partial<DueDatePixChargeRecord>): DueDatePixChargeRecord => ({ ...base, ...changes });
const payment = { endToEndId: 'E1', amount: brl(100), paidAt: new Date(0), original: null, fine: null, interest: null, discount: null, rebate: null };

describe('dueDatePixChargeMovedOn', () => {
  test('a status further along, a later revision or one more Pix is news; the same or an older state is not', () => {
    expect(dueDatePixChargeMovedOn(at({ status: DueDatePixChargeStatus.PAID, providerStatus: 'CONCLUIDA', payments: [payment] }), base)).toBe(true);
    expect(dueDatePixChargeMovedOn(at({ revision: 1 }), base)).toBe(true);
    expect(dueDatePixChargeMovedOn(base, at({ revision: 1 }))).toBe(false);
    expect(dueDatePixChargeMovedOn(base, base)).toBe(false);
    expect(dueDatePixChargeMovedOn(base, at({ status: DueDatePixChargeStatus.CANCELLED }))).toBe(false);
  });

  test('an UNKNOWN status: any visible difference', () => {
    const unknown = at({ status: DueDatePixChargeStatus.UNKNOWN, providerStatus: 'NOVO' });
    expect(dueDatePixChargeMovedOn(unknown, base)).toBe(true);
    expect(dueDatePixChargeMovedOn(unknown, unknown)).toBe(false);
  });
});
