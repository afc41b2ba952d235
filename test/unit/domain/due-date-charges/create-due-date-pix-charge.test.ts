import DataLoader from 'dataloader';
import { brl } from '../../../../src/domain/models';
import { PortRegistry, bind } from '../../../../src/domain/ports';
import { IdempotencyGuard, MemoryIdempotencyStore } from '../../../../src/domain/idempotency';
import { createDueDatePixCharge, type CreateDueDatePixChargeRequest } from '../../../../src/domain/due-date-charges/create-due-date-pix-charge';
import { updateDueDatePixCharge } from '../../../../src/domain/due-date-charges/update-due-date-pix-charge';
import { DiscountModality } from '../../../../src/domain/due-date-charges/model';
import { cancelDueDatePixCharge } from '../../../../src/domain/due-date-charges/cancel-due-date-pix-charge';
import { DueDatePixChargeStatus, type DueDatePixChargeRecord } from '../../../../src/domain/due-date-charges/model';
import {
  DUE_DATE_PIX_CHARGES,
  type CreateDueDatePixChargeCommand,
  type CreateKey,
  type DueDatePixChargePort,
  type UpdateDueDatePixChargeCommand,
} from '../../../../src/domain/due-date-charges/port';
import { InvalidScalarInput } from '../../../../src/lib/scalar-values';
import { ProviderUnavailableError } from '../../../../src/errors/domain-errors';
import { UserErrorCode } from '../../../../src/domain/user-errors';
import { encodeGlobalId } from '../../../../src/lib/global-id';
import { createLogger } from '../../../../src/logger';
import type { Loaders } from '../../../../src/domain/loaders';

const logger = createLogger('silent');
// 2026-03-10 23:30 in Brasília is already the 11th in UTC: the Brasília day decides.
const clock = { now: () => new Date('2026-03-11T02:30:00Z') };

function record(txid: string, command: CreateDueDatePixChargeCommand, status = DueDatePixChargeStatus.ACTIVE): DueDatePixChargeRecord {
  return {
    __typename: 'DueDatePixCharge',
    id: encodeGlobalId('DueDatePixCharge', 'ASTRA', txid),
    provider: 'ASTRA',
    txid,
    revision: 0,
    status,
    providerStatus: null,
    amount: brl(command.amountCents),
    dueDate: command.dueDate,
    daysValidAfterDueDate: command.daysValidAfterDueDate ?? 30,
    debtor: { name: command.debtor.name, document: command.debtor.document.value },
    description: null,
    brCode: null,
    createdAt: null,
    payments: [],
    fine: command.fine,
    interest: command.interest,
    rebate: command.rebate,
    discount: command.discount,
  };
}

/** A port double standing in for a provider: remembers charges by a txid made from the key, records every call. */
function fakeProvider(failFirstCreates = 0) {
  const calls: string[] = [];
  const keys: CreateKey[] = [];
  const updates: UpdateDueDatePixChargeCommand[] = [];
  const charges = new Map<string, DueDatePixChargeRecord>();
  let failures = failFirstCreates;
  const port: DueDatePixChargePort = {
    code: 'ASTRA',
    limits: { minAmountCents: 1, maxAmountCents: 999_999_999_999, descriptionMax: 140, debtorNameMax: 200, maxFixedDateDiscounts: 3 },
    create: (command, key) => {
      calls.push('create');
      keys.push(key);
      const txid = `tx${key.clientId}${key.idempotencyKey}`.replace(/[^a-zA-Z0-9]/g, '').padEnd(26, '0');
      if (key.earlierAttempt && charges.has(txid)) return Promise.resolve(charges.get(txid)!);
      charges.set(txid, record(txid, command));
      if (failures-- > 0) return Promise.reject(new ProviderUnavailableError('answer lost', { provider: 'ASTRA' }));
      return Promise.resolve(charges.get(txid)!);
    },
    get: (txid) => {
      calls.push('get');
      return Promise.resolve(charges.get(txid)!);
    },
    update: (txid, command) => {
      calls.push('update');
      updates.push(command);
      const current = charges.get(txid)!;
      const revised = { ...current, revision: current.revision + 1, ...(command.amountCents !== undefined ? { amount: brl(command.amountCents) } : {}) };
      charges.set(txid, revised);
      return Promise.resolve(revised);
    },
    cancel: (txid) => {
      calls.push('cancel');
      const cancelled = { ...charges.get(txid)!, status: DueDatePixChargeStatus.CANCELLED };
      charges.set(txid, cancelled);
      return Promise.resolve(cancelled);
    },
    list: () => Promise.reject(new Error('not used')),
  };
  const ports = new PortRegistry([
    { provider: 'ASTRA', bindings: [bind(DUE_DATE_PIX_CHARGES, port)] },
    { provider: 'PAGSTAR', bindings: [] },
  ]);
  return { ports, calls, keys, charges, updates };
}

function depsFor(ports: PortRegistry) {
  const loaders = {
    dueDatePixCharge: new DataLoader<string, DueDatePixChargeRecord>((keys) => Promise.all(keys.map((key) => ports.get(DUE_DATE_PIX_CHARGES, 'ASTRA').get(key.split(':')[1])))),
  } as unknown as Loaders;
  return { ports, loaders, logger, clock, clientId: 'client-a', idempotency: new IdempotencyGuard(new MemoryIdempotencyStore()) };
}

const request = (overrides: Partial<CreateDueDatePixChargeRequest> = {}): CreateDueDatePixChargeRequest => ({
  provider: 'ASTRA',
  amount: 10_000,
  dueDate: '2026-03-10',
  debtor: { name: 'Ana', document: { kind: 'CPF', value: '12345678909' } },
  idempotencyKey: 'order-1',
  ...overrides,
});

describe('createDueDatePixCharge (use case)', () => {
  test('a valid request reaches the port once, with the client and the key the txid is derived from', async () => {
    const { ports, calls, keys } = fakeProvider();
    const result = await createDueDatePixCharge(request(), depsFor(ports));
    expect(result.userErrors).toEqual([]);
    expect(result.dueDatePixCharge?.amount).toEqual(brl(10_000));
    expect(calls).toEqual(['create']);
    expect(keys).toEqual([{ clientId: 'client-a', idempotencyKey: 'order-1', earlierAttempt: false }]);
  });

  test('the due date is checked against the Brasília day of the injected clock (today there is fine, yesterday is not)', async () => {
    const { ports, calls } = fakeProvider();
    expect((await createDueDatePixCharge(request({ dueDate: '2026-03-10' }), depsFor(ports))).userErrors).toEqual([]);
    const late = await createDueDatePixCharge(request({ dueDate: '2026-03-09', idempotencyKey: 'order-2' }), depsFor(ports));
    expect(late.userErrors.map((error) => error.field?.join('.'))).toEqual(['input.dueDate']);
    expect(calls).toEqual(['create']);
  });

  test('bad input → userErrors, zero port calls', async () => {
    const { ports, calls } = fakeProvider();
    const result = await createDueDatePixCharge(request({ amount: 0, idempotencyKey: '' }), depsFor(ports));
    expect(result.dueDatePixCharge).toBeNull();
    expect(result.userErrors.map((error) => error.field?.join('.'))).toEqual(['input.amount', 'input.idempotencyKey']);
    expect(calls).toEqual([]);
  });

  test('a provider that binds nothing → NOT_SUPPORTED on input.provider, before validation', async () => {
    const { ports, calls } = fakeProvider();
    const result = await createDueDatePixCharge(request({ provider: 'PAGSTAR', amount: 0 }), depsFor(ports));
    expect(result.userErrors).toEqual([expect.objectContaining({ field: ['input', 'provider'], code: UserErrorCode.NOT_SUPPORTED })]);
    expect(calls).toEqual([]);
  });

  test('a retry after a lost answer tells the port an earlier attempt may have created it, and answers the one charge', async () => {
    const { ports, keys, charges } = fakeProvider(1);
    const deps = depsFor(ports);
    await expect(createDueDatePixCharge(request(), deps)).rejects.toThrow(ProviderUnavailableError);
    const retried = await createDueDatePixCharge(request(), { ...depsFor(ports), idempotency: deps.idempotency });
    expect(keys.map((key) => key.earlierAttempt)).toEqual([false, true]);
    expect(charges.size).toBe(1);
    expect(retried.dueDatePixCharge?.txid).toBe([...charges.keys()][0]);
  });
});

describe('cancelDueDatePixCharge (use case)', () => {
  test('ACTIVE → PATCHed to CANCELLED; cancelling again answers it without a write', async () => {
    const { ports, calls } = fakeProvider();
    const created = await createDueDatePixCharge(request(), depsFor(ports));
    const id = created.dueDatePixCharge!.id;
    const first = await cancelDueDatePixCharge({ id }, depsFor(ports));
    expect(first).toEqual({ dueDatePixCharge: expect.objectContaining({ status: DueDatePixChargeStatus.CANCELLED }), userErrors: [] });
    const again = await cancelDueDatePixCharge({ id }, depsFor(ports));
    expect(again.dueDatePixCharge?.status).toBe(DueDatePixChargeStatus.CANCELLED);
    expect(calls).toEqual(['create', 'get', 'cancel', 'get']);
  });

  test('a PAID charge → INVALID_STATE, no write; a foreign id → INVALID', async () => {
    const { ports, calls, charges } = fakeProvider();
    const created = await createDueDatePixCharge(request(), depsFor(ports));
    const txid = created.dueDatePixCharge!.txid;
    charges.set(txid, { ...charges.get(txid)!, status: DueDatePixChargeStatus.PAID });
    const paid = await cancelDueDatePixCharge({ id: created.dueDatePixCharge!.id }, depsFor(ports));
    expect(paid.userErrors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: UserErrorCode.INVALID_STATE })]);
    const foreign = await cancelDueDatePixCharge({ id: encodeGlobalId('PixCharge', 'ASTRA', txid) }, depsFor(ports));
    expect(foreign.userErrors).toEqual([expect.objectContaining({ field: ['input', 'id'], code: UserErrorCode.INVALID })]);
    expect(calls).toEqual(['create', 'get']);
  });
});

describe('updateDueDatePixCharge (use case)', () => {
  test('only the given fields reach the port; the whole charge after the change is validated first', async () => {
    const { ports, calls, updates } = fakeProvider();
    const created = await createDueDatePixCharge(request({ dueDate: '2026-03-20' }), depsFor(ports));
    const id = created.dueDatePixCharge!.id;
    const late = { modality: DiscountModality.FIXED_AMOUNT_UNTIL_DATES, fixedDates: [{ date: '2026-03-21', value: 100 }] };
    const refused = await updateDueDatePixCharge({ id, discount: late }, depsFor(ports));
    expect(refused.userErrors.map((error) => error.field?.join('.'))).toEqual(['input.discount.fixedDates.0.date']);
    // A discount bigger than the new amount is refused against the new amount, not the old one.
    const tooBig = await updateDueDatePixCharge({ id, amount: 500, discount: { ...late, fixedDates: [{ date: '2026-03-15', value: 600 }] } }, depsFor(ports));
    expect(tooBig.userErrors.map((error) => error.field?.join('.'))).toEqual(['input.discount.fixedDates.0.value']);
    const revised = await updateDueDatePixCharge({ id, amount: 20_000 }, depsFor(ports));
    expect(revised.dueDatePixCharge).toMatchObject({ revision: 1, amount: brl(20_000) });
    expect(updates).toEqual([{ amountCents: 20_000 }]);
    expect(calls.filter((call) => call === 'update')).toHaveLength(1);
  });

  test('a bad value of a given field is refused before the charge is read (no provider call at all)', async () => {
    const { ports, calls } = fakeProvider();
    const created = await createDueDatePixCharge(request(), depsFor(ports));
    const result = await updateDueDatePixCharge(
      { id: created.dueDatePixCharge!.id, amount: new InvalidScalarInput('Decimal', 'x', 'must be a plain decimal number'), dueDate: '2026-03-01', description: 'a\u0000b' },
      depsFor(ports),
    );
    expect(result.userErrors.map((error) => error.field?.join('.'))).toEqual(['input.amount', 'input.dueDate', 'input.description']);
    expect(calls).toEqual(['create']);
  });

  test('nothing to change → REQUIRED with no call; a cancelled charge → INVALID_STATE', async () => {
    const { ports, calls } = fakeProvider();
    const created = await createDueDatePixCharge(request(), depsFor(ports));
    const id = created.dueDatePixCharge!.id;
    expect((await updateDueDatePixCharge({ id }, depsFor(ports))).userErrors).toEqual([expect.objectContaining({ field: ['input'], code: UserErrorCode.REQUIRED })]);
    expect(calls).toEqual(['create']);
    await cancelDueDatePixCharge({ id }, depsFor(ports));
    expect((await updateDueDatePixCharge({ id, description: 'x' }, depsFor(ports))).userErrors).toEqual([expect.objectContaining({ code: UserErrorCode.INVALID_STATE })]);
  });
});
