import { brl } from '../../../../src/domain/models';
import { PortRegistry, bind } from '../../../../src/domain/ports';
import { createStaticPixQrCode } from '../../../../src/domain/static-pix-qr-codes/create-static-pix-qr-code';
import type { CreateStaticPixQrCodeCommand, StaticPixQrCodeRecord } from '../../../../src/domain/static-pix-qr-codes/model';
import { STATIC_PIX_QR_CODES, type StaticPixQrCodePort } from '../../../../src/domain/static-pix-qr-codes/port';
import { ProviderRejectedError, ProviderUnavailableError } from '../../../../src/errors/domain-errors';
import { createLogger } from '../../../../src/logger';

const logger = createLogger('silent');

/** A port double recording its commands (the unit under test is the use case, not a provider). */
function fakePort(outcome: (command: CreateStaticPixQrCodeCommand) => Promise<StaticPixQrCodeRecord>) {
  const commands: CreateStaticPixQrCodeCommand[] = [];
  const port: StaticPixQrCodePort = {
    limits: { minAmountCents: 1, maxAmountCents: 99_999_999, descriptionMax: 72, referenceMax: 25 },
    create: (command) => {
      commands.push(command);
      return outcome(command);
    },
  };
  const ports = new PortRegistry([
    { provider: 'ASTRA', bindings: [bind(STATIC_PIX_QR_CODES, port)] },
    { provider: 'PAGSTAR', bindings: [] },
  ]);
  return { ports, commands };
}

const record = (command: CreateStaticPixQrCodeCommand): Promise<StaticPixQrCodeRecord> =>
  Promise.resolve({
    provider: 'ASTRA',
    brCode: '000201…',
    pixKey: 'k',
    merchantName: 'M',
    merchantCity: 'C',
    amount: command.amountCents === undefined ? null : brl(command.amountCents),
    description: command.description ?? null,
    reference: command.reference ?? null,
    createdAt: null,
  });

describe('createStaticPixQrCode (use case)', () => {
  test('validated input reaches the port as a command in cents', async () => {
    const { ports, commands } = fakePort(record);
    const result = await createStaticPixQrCode({ provider: 'ASTRA', amount: 2500, description: 'Donation', reference: 'STATIC001' }, { ports, logger });
    expect(commands).toEqual([{ amountCents: 2500, description: 'Donation', reference: 'STATIC001' }]);
    expect(result.userErrors).toEqual([]);
    expect(result.staticPixQrCode?.amount).toEqual({ amount: 2500, currency: 'BRL' });
  });

  test('bad input → userErrors and no call to the port', async () => {
    const { ports, commands } = fakePort(record);
    const result = await createStaticPixQrCode({ provider: 'ASTRA', amount: 100_000_000, reference: 'no-dashes' }, { ports, logger });
    expect(result).toEqual({
      staticPixQrCode: null,
      userErrors: [expect.objectContaining({ field: ['input', 'amount'] }), expect.objectContaining({ field: ['input', 'reference'] })],
    });
    expect(commands).toEqual([]);
  });

  test('a provider without the capability → NOT_SUPPORTED on input.provider, before validation', async () => {
    const { ports } = fakePort(record);
    const result = await createStaticPixQrCode({ provider: 'PAGSTAR', amount: 100_000_000 }, { ports, logger });
    expect(result).toEqual({ staticPixQrCode: null, userErrors: [{ field: ['input', 'provider'], code: 'NOT_SUPPORTED', message: 'Pagstar cannot create static Pix QR codes.' }] });
  });

  test('a provider 4xx → PROVIDER_REJECTED user error; unavailable → thrown (top-level error)', async () => {
    const rejected = fakePort(() => Promise.reject(new ProviderRejectedError('Astra rejected the request', ['amount too high'], { provider: 'ASTRA' })));
    expect((await createStaticPixQrCode({ provider: 'ASTRA' }, { ports: rejected.ports, logger })).userErrors).toEqual([
      { field: ['input'], code: 'PROVIDER_REJECTED', message: 'Astra rejected the request' },
    ]);
    const down = fakePort(() => Promise.reject(new ProviderUnavailableError('Astra could not be reached', { provider: 'ASTRA' })));
    await expect(createStaticPixQrCode({ provider: 'ASTRA' }, { ports: down.ports, logger })).rejects.toBeInstanceOf(ProviderUnavailableError);
  });
});
