import { AstraCardRecurrences } from '../../../../../src/datasources/astra/card-recurrences/adapter';
import { cardRecurringInbound } from '../../../../../src/datasources/astra/card-recurrences/webhook';
import type { AstraCardRecurrenceWire, AstraCardScheduleWire } from '../../../../../src/datasources/astra/card-recurrences/wire';
import type { ProviderHttp } from '../../../../../src/datasources/http/provider-http';
import { CardRecurrenceFrequency, CardRecurrenceScheduleStatus, CardRecurrenceStatus, CardRecurrenceType } from '../../../../../src/domain/card-recurrences/model';
import type { CardRecurrencePort } from '../../../../../src/domain/card-recurrences/port';
import { ProviderNotFoundError, ProviderRejectedError } from '../../../../../src/errors/domain-errors';
import { decodeGlobalId } from '../../../../../src/lib/global-id';
import { CardNumberValue, CardSecurityCodeValue } from '../../../../../src/schema/scalars';
import { answeringWith, loadFixture } from '../../../../helpers/wire-fixtures';

/** Card recurrences against the documented ASM-A47…A49 examples (not the simulator). */
const recurrenceWire = loadFixture<AstraCardRecurrenceWire>('astra', 'asm-a48-card-recurrence').body;
const scheduleWire = loadFixture<AstraCardScheduleWire>('astra', 'asm-a49-card-recurrence-schedule').body;
const page = <T>(content: T[]) => ({ content, page: 0, size: 100, totalElements: content.length, totalPages: 1 });
const PAN = '4111111111111111';
const command = {
  card: { number: new CardNumberValue(PAN), holderName: 'JOAO SILVA', expiryMonth: 12, expiryYear: 2030 },
  securityCode: new CardSecurityCodeValue('123'),
  amountCents: 4990,
  frequency: CardRecurrenceFrequency.MONTHLY,
  count: 12,
  startDate: '2025-02-01',
  maxAttempts: 3,
  validateCard: false,
  payerDocument: { kind: 'CPF' as const, value: '12345678909' },
  reference: 'sub-777',
};

test('ASM-A48 recurrence object → CardRecurrence (money in cents, masked card, LIMITED_TIMES from numberInstallments)', async () => {
  const { http, calls } = answeringWith(recurrenceWire);
  const record = await new AstraCardRecurrences(http).get('7d3f0a52-98b1-4c55-a0a4-2b1f7e9c6d10');
  expect(calls[0]).toMatchObject({ method: 'GET', path: 'card/v1/recurrence/7d3f0a52-98b1-4c55-a0a4-2b1f7e9c6d10' });
  expect(record).toMatchObject({
    __typename: 'CardRecurrence',
    status: CardRecurrenceStatus.ACTIVE,
    type: CardRecurrenceType.LIMITED_TIMES,
    frequency: CardRecurrenceFrequency.MONTHLY,
    count: 12,
    executedCharges: 0,
    nextChargeDate: '2025-02-01',
    amount: { amount: 4990 },
    maskedNumber: '411111******1111',
    cancelReason: null,
    reference: 'sub-777',
  });
  expect(decodeGlobalId(record.id)).toEqual({ type: 'CardRecurrence', provider: 'ASTRA', providerId: recurrenceWire.recurrenceId });
});

test('unknown statuses and cancel reasons are kept raw, never guessed', async () => {
  const { http } = answeringWith({ ...recurrenceWire, status: 'PAUSED', cancelReason: 'FRAUD', numberInstallments: null });
  const record = await new AstraCardRecurrences(http).get('x');
  expect(record).toMatchObject({ status: CardRecurrenceStatus.UNKNOWN, providerStatus: 'PAUSED', cancelReason: 'OTHER', type: CardRecurrenceType.INDETERMINATE, count: null });
});

test('create sends the ASM-A47 names (reais, yyyyMM expiry, infoData {}); INDETERMINATE sends no numberInstallments', async () => {
  const { http, calls } = answeringWith(recurrenceWire);
  await new AstraCardRecurrences(http).create(command);
  expect(calls[0]).toMatchObject({ method: 'POST', path: 'card/v1/recurrence' });
  expect(calls[0].options?.json).toEqual({
    recurrenceType: 'LIMITED_TIMES',
    recurrenceFrequency: 'MONTHLY',
    startDate: '2025-02-01',
    numberInstallments: 12,
    amount: 49.9,
    cardNumber: PAN,
    nameCreditCard: 'JOAO SILVA',
    expirationDate: '203012',
    cvv: '123',
    validateCard: false,
    document: '12345678909',
    userReference: 'sub-777',
    maxAttempts: 3,
    infoData: {},
  });
  const { count: _count, ...indeterminate } = command;
  await new AstraCardRecurrences(http).create(indeterminate);
  expect(calls[1].options?.json).toMatchObject({ recurrenceType: 'INDETERMINATE', numberInstallments: undefined });
});

test('a 400 on create that quotes the card comes back scrubbed', async () => {
  const http = {
    post: () => Promise.reject(new ProviderRejectedError(`cardNumber ${PAN} refused`, [`cardNumber ${PAN} refused`], { provider: 'ASTRA' })),
  } as unknown as ProviderHttp;
  const error = (await new AstraCardRecurrences(http).create(command).catch((e: unknown) => e)) as ProviderRejectedError;
  expect(error).toBeInstanceOf(ProviderRejectedError);
  expect(error.message + error.providerMessages.join(' ')).not.toContain(PAN);
});

test('ASM-A49 schedules: listed per recurrence with the status filter in wire spelling; cancel by path', async () => {
  const { http, calls } = answeringWith(page([scheduleWire]));
  const schedules = await new AstraCardRecurrences(http).listSchedules('r-1', 0, 20, CardRecurrenceScheduleStatus.CANCELLED);
  expect(calls[0]).toMatchObject({ method: 'GET', path: 'card/v1/recurrence/r-1/schedules', options: { searchParams: { status: 'CANCELED', page: 0, size: 20 } } });
  expect(schedules.items).toEqual([
    expect.objectContaining({
      scheduleId: scheduleWire.scheduleId,
      installmentNumber: 1,
      scheduledDate: '2025-02-01',
      status: CardRecurrenceScheduleStatus.SCHEDULED,
      attempts: 0,
      amount: { amount: 4990, currency: 'BRL' },
    }),
  ]);
  const cancel = answeringWith({ ...scheduleWire, status: 'CANCELED' });
  expect((await new AstraCardRecurrences(cancel.http).cancelSchedule('r-1', 's-1')).status).toBe(CardRecurrenceScheduleStatus.CANCELLED);
  expect(cancel.calls[0]).toMatchObject({ method: 'PUT', path: 'card/v1/recurrence/r-1/schedules/s-1/cancel' });
});

describe('CARD_RECURRING_INBOUND confirmation (ASM-A16)', () => {
  const delivery = loadFixture<Record<string, unknown>>('astra', 'asm-a16-card-recurring-inbound').body;
  /** A port double answering the documented objects, the schedule in the given state (a unit of one unit: the confirmation). */
  const portWith = (scheduleStatus: string, exists = true): CardRecurrencePort => {
    const port = new AstraCardRecurrences(answeringWith(recurrenceWire).http);
    const schedules = new AstraCardRecurrences(
      answeringWith(page([{ ...scheduleWire, scheduleId: 'c0a8e4b2-1f3d-4e6a-9b7c-8d2e1f0a3b4c', status: scheduleStatus, paidAt: '2025-03-01T03:05:00.000Z' }])).http,
    );
    port.listSchedules = schedules.listSchedules.bind(schedules);
    if (!exists) port.get = () => Promise.reject(new ProviderNotFoundError('no', { provider: 'ASTRA' }));
    return port;
  };

  const parsed = (port?: CardRecurrencePort) => {
    const result = cardRecurringInbound(port).parse(delivery);
    if (!result.ok) throw new Error(result.reason);
    return result.delivery;
  };

  test('without a port: parsed, not confirmable', () => {
    expect(cardRecurringInbound().confirm).toBeUndefined();
    expect(parsed()).toEqual({ recurrenceId: '7d3f0a52-98b1-4c55-a0a4-2b1f7e9c6d10', scheduleId: 'c0a8e4b2-1f3d-4e6a-9b7c-8d2e1f0a3b4c', status: 'PAID' });
  });

  test('a PAID claim the provider confirms → CARD_RECURRING_CHARGED about the recurrence, at paidAt', async () => {
    const result = await cardRecurringInbound(portWith('PAID')).confirm!(parsed(), 'ev-1');
    expect(result).toMatchObject({ outcome: 'confirmed', event: { id: 'ev-1', type: 'CARD_RECURRING_CHARGED', occurredAt: new Date('2025-03-01T03:05:00.000Z') } });
    if (result.outcome === 'confirmed') expect(result.event.subjectId).toBe(result.event.subject.id);
  });

  test('a PAID claim for a schedule the provider has as SCHEDULED is suspicious; an unknown recurrence is unknown-subject', async () => {
    expect(await cardRecurringInbound(portWith('SCHEDULED')).confirm!(parsed(), 'ev-2')).toMatchObject({ outcome: 'suspicious' });
    expect(await cardRecurringInbound(portWith('PAID', false)).confirm!(parsed(), 'ev-3')).toEqual({ outcome: 'unknown-subject' });
  });
});
