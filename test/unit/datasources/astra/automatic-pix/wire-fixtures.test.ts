import { UnsafePathSegmentError } from '../../../../../src/datasources/path-segment';
/** The documented Automatic Pix examples (ASM-A38…A41) against the adapter: requests built to match, answers read exactly (cents stay cents). */
import { AstraAutomaticPix } from '../../../../../src/datasources/astra/automatic-pix/adapter';
import { AutomaticPixPeriodicity } from '../../../../../src/domain/automatic-pix/model';
import { answeringWith, loadFixture } from '../../../../helpers/wire-fixtures';

const authorization = loadFixture<any>('astra', 'asm-a39-authorization-object');
const payment = loadFixture<any>('astra', 'asm-a41-payment-object');

test('create authorization: the ASM-A38 request from the equivalent command, the ASM-A39 answer read', async () => {
  const { http, calls } = answeringWith(authorization.body);
  const record = await new AstraAutomaticPix(http).createAuthorization({
    payer: { name: 'João Silva', document: '12345678909' },
    participantIspb: '60701190',
    creditors: [{ name: 'Loja Exemplo Ltda', document: '11222333000181' }],
    description: 'Monthly gym membership',
    maxAmountCents: 15000,
    minAmountCents: 1000,
    retryAccepted: true,
    periodicity: AutomaticPixPeriodicity.P1M,
    startDate: '2025-02-01',
    contractReference: 'CONTRACT-2025-0001',
    contractDebtor: { name: 'João Silva', document: '12345678909' },
  });
  const { firstPayment: _none, clientMetadata: _metadata, ...expected } = loadFixture<any>('astra', 'asm-a38-create-authorization-request').body;
  expect(calls).toEqual([{ method: 'POST', path: 'automatic-pix/v1/authorizations', options: { json: expected } }]);
  expect(record).toMatchObject({
    __typename: 'AutomaticPixAuthorization',
    authorizationId: '2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35',
    status: 'PENDING',
    providerStatus: 'PENDING',
    payer: { name: 'João Silva', document: '12345678909' },
    participant: { ispb: '60701190', name: null },
    minAmount: { amount: 1000, currency: 'BRL' },
    maxAmount: { amount: 15000, currency: 'BRL' },
    periodicity: 'P1M',
    providerPeriodicity: 'P1M',
    contractReference: 'CONTRACT-2025-0001',
    firstPayment: null,
    createdAt: new Date('2025-01-15T10:00:00.000Z'),
  });
});

test('unknown statuses and cycles are kept raw, not guessed', async () => {
  const { http } = answeringWith({ ...authorization.body, status: 'SUSPENDED', periodicity: 'P2W' });
  expect(await new AstraAutomaticPix(http).getAuthorization('x')).toMatchObject({ status: 'UNKNOWN', providerStatus: 'SUSPENDED', periodicity: null, providerPeriodicity: 'P2W' });
  const canceled = answeringWith({ ...authorization.body, status: 'CANCELED' });
  expect((await new AstraAutomaticPix(canceled.http).getAuthorization('x')).status).toBe('CANCELLED');
});

test('create payment: the ASM-A40 request, the ASM-A41 answer read', async () => {
  const { http, calls } = answeringWith(payment.body);
  const record = await new AstraAutomaticPix(http).createPayment({
    authorizationId: '2b7e1c4d-9a3f-4e8b-b6d2-7c1f0e9a8b35',
    amountCents: 9990,
    dueDate: '2025-03-01',
    description: 'March membership',
    reference: 'INV-2025-03',
  });
  expect(calls[0]).toEqual({ method: 'POST', path: 'automatic-pix/v1/payments', options: { json: loadFixture<any>('astra', 'asm-a40-create-payment-request').body } });
  expect(record).toMatchObject({
    paymentId: '8f4e2d1c-6b5a-4c3d-9e8f-7a6b5c4d3e2f',
    status: 'SCHEDULED',
    amount: { amount: 9990 },
    dueDate: '2025-03-01',
    scheduledDate: '2025-03-01',
    retryCount: 0,
    reference: 'INV-2025-03',
    paidAt: null,
  });
});

test('retry and lists: paths and query parameters', async () => {
  const { http, calls } = answeringWith({ content: [payment.body], page: 0, size: 20, totalElements: 1, totalPages: 1 });
  const port = new AstraAutomaticPix(http);
  await port.listPayments({ offset: 0, limit: 20, authorizationId: 'a1', scheduledFrom: '2025-03-01', scheduledTo: '2025-03-31' });
  expect(calls[0]).toMatchObject({
    method: 'GET',
    path: 'automatic-pix/v1/payments',
    options: { searchParams: { authorizationId: 'a1', startDate: '2025-03-01', endDate: '2025-03-31', page: 0, size: 20 } },
  });
  const retry = answeringWith(payment.body);
  await new AstraAutomaticPix(retry.http).retryPayment({ paymentId: 'p_1-A', scheduledDate: '2025-03-03' });
  expect(retry.calls[0]).toEqual({ method: 'POST', path: 'automatic-pix/v1/payments/p_1-A/retry', options: { json: { scheduledDate: '2025-03-03' } } });
  // A separator never reaches a path (src/datasources/path-segment.ts): refused before any call.
  await expect(new AstraAutomaticPix(retry.http).retryPayment({ paymentId: 'p/1', scheduledDate: '2025-03-03' })).rejects.toBeInstanceOf(UnsafePathSegmentError);
  expect(retry.calls).toHaveLength(1);
});
