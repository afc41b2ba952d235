/**
 * Astra static QR wire mapping (ASM-A24) against the documented examples copied into
 * test/fixtures/astra/asm-a24-static-qr-*.json, not against the simulator (see test/unit/astra/wire-fixtures.test.ts).
 */
import { AstraStaticPixQrCodes } from '../../../../../src/datasources/astra/static-pix-qr-codes/adapter';
import { createStaticQrToWire, staticQrFromWire } from '../../../../../src/datasources/astra/static-pix-qr-codes/transformers';
import type { AstraStaticQrWire } from '../../../../../src/datasources/astra/static-pix-qr-codes/wire';
import { answeringWith, loadFixture } from '../../../../helpers/wire-fixtures';

const fixture = <T>(name: string) => loadFixture<T>('astra', name);

describe('Astra fixtures: static QR codes (ASM-A24)', () => {
  test('generate request: 25.00 as reais, description, reference as userReference', () => {
    expect(createStaticQrToWire({ amountCents: 2500, description: 'Donation', reference: 'STATIC001' })).toEqual(fixture('asm-a24-static-qr-generate-request').body);
  });

  test('a payer-typed code sends no amount at all (absent, not 0 or null)', () => {
    expect(createStaticQrToWire({})).toEqual({});
    expect(JSON.stringify(createStaticQrToWire({ amountCents: 1 }))).toBe('{"amount":0.01}');
  });

  test('generate response → StaticPixQrCode: cents, reference, instant, the account receiver', () => {
    expect(staticQrFromWire(fixture<AstraStaticQrWire>('asm-a24-static-qr-generate-response').body)).toEqual({
      provider: 'ASTRA',
      brCode: '00020126...540525.005802BR...6304B7C1',
      pixKey: 'b6a3c1d2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
      merchantName: 'ASTRA SANDBOX',
      merchantCity: 'SAO PAULO',
      amount: { amount: 2500, currency: 'BRL' },
      description: 'Donation',
      reference: 'STATIC001',
      createdAt: new Date('2025-01-15T10:00:00.000Z'),
    });
  });

  test.each([
    ['null', { amount: null }],
    ['absent', { amount: undefined }],
    ['0 (no static code carries 0.00)', { amount: 0 }],
  ])('an amount that is %s reads as payer-typed', (_name, patch) => {
    const wire = { ...fixture<AstraStaticQrWire>('asm-a24-static-qr-generate-response').body, ...patch, description: null, userReference: null };
    expect(staticQrFromWire(wire)).toMatchObject({ amount: null, description: null, reference: null });
  });

  test('reais with float-unfriendly cents stay exact', () => {
    const wire = { ...fixture<AstraStaticQrWire>('asm-a24-static-qr-generate-response').body, amount: 0.29 };
    expect(staticQrFromWire(wire).amount).toEqual({ amount: 29, currency: 'BRL' });
  });

  test('the adapter POSTs the documented body to the ASM-A24 path, not retried', async () => {
    const { http, calls } = answeringWith(fixture('asm-a24-static-qr-generate-response').body);
    const code = await new AstraStaticPixQrCodes(http).create({ amountCents: 2500, description: 'Donation', reference: 'STATIC001' });
    expect(calls).toEqual([{ method: 'POST', path: 'charge/v1/static', options: { json: fixture('asm-a24-static-qr-generate-request').body } }]);
    expect(calls[0].options?.idempotent).not.toBe(true);
    expect(code.reference).toBe('STATIC001');
  });

  test('the adapter declares the ASM-A24 limits', () => {
    const { http } = answeringWith({});
    expect(new AstraStaticPixQrCodes(http).limits).toEqual({ minAmountCents: 1, maxAmountCents: 99_999_999, descriptionMax: 72, referenceMax: 25 });
  });
});
