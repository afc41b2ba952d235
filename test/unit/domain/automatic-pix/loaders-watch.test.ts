import { automaticPixLoaders } from '../../../../src/domain/automatic-pix/loaders';
import { AUTOMATIC_PIX, type AutomaticPixPort } from '../../../../src/domain/automatic-pix/port';
import { AutomaticPixPaymentStatus as P, type AutomaticPixPaymentRecord } from '../../../../src/domain/automatic-pix/model';
import { bind, PortRegistry } from '../../../../src/domain/ports';
import { loaderKey } from '../../../../src/domain/loaders';
import { encodeGlobalId } from '../../../../src/lib/global-id';

const payment = (paymentId: string, status: P) =>
  ({
    __typename: 'AutomaticPixPayment',
    id: encodeGlobalId('AutomaticPixPayment', 'ASTRA', paymentId),
    provider: 'ASTRA',
    paymentId,
    status,
    retryCount: 0,
    dueDate: '2030-01-10',
    scheduledDate: '2030-01-10',
  }) as unknown as AutomaticPixPaymentRecord;

function setUp() {
  const records = new Map([
    ['scheduled', payment('scheduled', P.SCHEDULED)],
    ['paid', payment('paid', P.PAID)],
  ]);
  const port = { getPayment: async (id: string) => records.get(id)! } as unknown as AutomaticPixPort;
  const kept: Array<[string, string]> = [];
  const loaders = automaticPixLoaders(new PortRegistry([{ provider: 'ASTRA', bindings: [bind(AUTOMATIC_PIX, port)] }]), {
    keepWatching: (globalId, until) => kept.push([globalId, until.toISOString()]),
    clock: { now: () => new Date('2030-01-01T00:00:00Z') },
  });
  return { loaders, kept };
}

test('a payment read that is not final is handed to background watching with its horizon; a final one is not', async () => {
  const { loaders, kept } = setUp();
  await loaders.automaticPixPayment.loadMany([loaderKey('ASTRA', 'scheduled'), loaderKey('ASTRA', 'paid')]);
  expect(kept).toEqual([[payment('scheduled', P.SCHEDULED).id, '2030-01-19T00:00:00.000Z']]);
});

test('a primed payment (a create or retry answer) is handed over too', () => {
  const { loaders, kept } = setUp();
  loaders.automaticPixPayment.prime(loaderKey('ASTRA', 'new'), payment('new', P.SCHEDULED));
  loaders.automaticPixPayment.prime(loaderKey('ASTRA', 'done'), payment('done', P.PAID));
  expect(kept.map(([id]) => id)).toEqual([payment('new', P.SCHEDULED).id]);
});

test('without background watching the loaders only load', async () => {
  const port = { getPayment: async () => payment('scheduled', P.SCHEDULED) } as unknown as AutomaticPixPort;
  const loaders = automaticPixLoaders(new PortRegistry([{ provider: 'ASTRA', bindings: [bind(AUTOMATIC_PIX, port)] }]));
  await expect(loaders.automaticPixPayment.load(loaderKey('ASTRA', 'scheduled'))).resolves.toMatchObject({ status: P.SCHEDULED });
});
