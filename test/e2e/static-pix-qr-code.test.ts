/**
 * Static Pix QR codes and BR Code decoding through the graph (issue 10 item 9): create with and
 * without an amount, qrCodeSvg, decode valid and broken codes, and bad input answered with
 * userErrors at zero provider calls (the simulator's counters are the witness).
 */
import { createStaticPix, hasError } from 'pix-utils';
import { buildBrCode, PIX_UTILS_DYNAMIC, staticFields, tlv, withWrongCrc } from '../helpers/br-codes';
import { startTestPaygraph, type TestPaygraph } from '../helpers/paygraph';
import { defaultGraphiqlTabs } from '../../src/graphiql/default-tabs';

const CREATE = `mutation Create($input: CreateStaticPixQrCodeInput!) {
  createStaticPixQrCode(input: $input) {
    staticPixQrCode { provider brCode qrCodeSvg pixKey merchantName merchantCity amount { amount currency } description reference createdAt }
    userErrors { field code message }
  }
}`;
const DECODE = `query Decode($brCode: String!) {
  decodeBrCode(brCode: $brCode) { valid errors warnings kind pixKey amount merchantName merchantCity description txid url }
}`;
const GENERATE_ROUTE = 'POST /charge/v1/static';

let app: TestPaygraph;

beforeAll(async () => {
  app = await startTestPaygraph();
});
afterAll(() => app.close());

/** Runs a request and returns how many calls it made to the Astra simulator (any route). */
async function providerCallsDuring<T>(run: () => Promise<T>): Promise<{ result: T; calls: number }> {
  const before = app.sandbox!.astra.counters.total;
  const result = await run();
  return { result, calls: app.sandbox!.astra.counters.total - before };
}

describe('createStaticPixQrCode', () => {
  test('with an amount: one provider call, a rendered QR, and a BR Code that decodes to what was asked', async () => {
    const before = app.sandbox!.astra.counters.count(GENERATE_ROUTE);
    const input = { amount: '25.00', description: 'Donation', reference: 'STATIC001' };
    const { data, errors } = await app.gql(CREATE, { input });
    expect(errors).toBeUndefined();
    const { staticPixQrCode: code, userErrors } = data.createStaticPixQrCode;
    expect(userErrors).toEqual([]);
    expect(code).toMatchObject({
      provider: 'ASTRA',
      pixKey: 'b6a3c1d2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
      merchantName: 'ASTRA SANDBOX',
      merchantCity: 'SAO PAULO',
      amount: { amount: '25.00', currency: 'BRL' },
      description: 'Donation',
      reference: 'STATIC001',
    });
    expect(code.qrCodeSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect(Number.isNaN(Date.parse(code.createdAt))).toBe(false);
    expect(app.sandbox!.astra.counters.count(GENERATE_ROUTE)).toBe(before + 1);

    const decoded = await providerCallsDuring(() => app.gql(DECODE, { brCode: code.brCode }));
    expect(decoded.calls).toBe(0);
    expect(decoded.result.data.decodeBrCode).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      kind: 'STATIC',
      pixKey: code.pixKey,
      amount: '25.00',
      merchantName: 'ASTRA SANDBOX',
      merchantCity: 'SAO PAULO',
      description: 'Donation',
      txid: 'STATIC001',
      url: null,
    });
  });

  test('without an amount: the payer types it', async () => {
    const { data } = await app.gql(CREATE, { input: {} });
    expect(data.createStaticPixQrCode.userErrors).toEqual([]);
    expect(data.createStaticPixQrCode.staticPixQrCode).toMatchObject({ amount: null, description: null, reference: null });
    const decoded = await app.gql(DECODE, { brCode: data.createStaticPixQrCode.staticPixQrCode.brCode });
    expect(decoded.data.decodeBrCode).toMatchObject({ valid: true, kind: 'STATIC', amount: null, txid: null });
  });

  test.each([
    ['amount over the maximum', { amount: '1000000.00' }, ['input', 'amount']],
    ['amount with 3 decimals', { amount: '1.001' }, ['input', 'amount']],
    ['amount of zero', { amount: '0' }, ['input', 'amount']],
    ['description over 72 characters', { description: 'd'.repeat(73) }, ['input', 'description']],
    ['description with an emoji', { description: 'Pizza 🍕' }, ['input', 'description']],
    ['reference with a dash', { reference: 'order-1' }, ['input', 'reference']],
    ['reference over 25 characters', { reference: 'R'.repeat(26) }, ['input', 'reference']],
  ])('%s → INVALID userError, 0 provider calls', async (_name, input, field) => {
    const { result, calls } = await providerCallsDuring(() => app.gql(CREATE, { input }));
    expect(result.errors).toBeUndefined();
    expect(result.data.createStaticPixQrCode).toEqual({ staticPixQrCode: null, userErrors: [{ field, code: 'INVALID', message: expect.any(String) }] });
    expect(calls).toBe(0);
  });

  test('every problem at once, still 0 provider calls', async () => {
    const input = { amount: '1000000.00', description: 'd'.repeat(73), reference: 'a-b' };
    const { result, calls } = await providerCallsDuring(() => app.gql(CREATE, { input }));
    expect(result.data.createStaticPixQrCode.userErrors.map((error: { field: string[] }) => error.field)).toEqual([
      ['input', 'amount'],
      ['input', 'description'],
      ['input', 'reference'],
    ]);
    expect(calls).toBe(0);
  });

  test('a provider without static codes → NOT_SUPPORTED on input.provider, 0 calls to either simulator', async () => {
    const pagstarBefore = app.sandbox!.pagstar.counters.total;
    const { result, calls } = await providerCallsDuring(() => app.gql(CREATE, { input: { provider: 'PAGSTAR', amount: '5.00' } }));
    expect(result.data.createStaticPixQrCode).toEqual({
      staticPixQrCode: null,
      userErrors: [{ field: ['input', 'provider'], code: 'NOT_SUPPORTED', message: 'Pagstar cannot create static Pix QR codes.' }],
    });
    expect(calls).toBe(0);
    expect(app.sandbox!.pagstar.counters.total).toBe(pagstarBefore);
  });
});

describe('decodeBrCode', () => {
  test('a dynamic code (a PixCharge brCode) → DYNAMIC with its location URL', async () => {
    const charge = await app.gql(`mutation { createPixCharge(input: { amount: "3.00" }) { pixCharge { brCode txid } } }`);
    const { brCode, txid } = charge.data.createPixCharge.pixCharge;
    const { result, calls } = await providerCallsDuring(() => app.gql(DECODE, { brCode }));
    expect(calls).toBe(0);
    expect(result.data.decodeBrCode).toMatchObject({ valid: true, kind: 'DYNAMIC', pixKey: null, url: `pix.astra.sandbox/qr/v2/${txid}` });
  });

  const valid = buildBrCode(...staticFields({ amount: '10.00' }));
  test.each([
    ['a broken CRC', withWrongCrc(valid), [/^CRC16 checksum \(tag 63\) does not match/]],
    ['a truncated code', valid.slice(0, 40), [/^truncated: tag \d\d declares/, /^CRC16 \(tag 63\) is missing/]],
    ['a non-Pix EMV code', buildBrCode(...staticFields({ account: tlv('00', 'com.example.pay') + tlv('01', 'k@example.com') })), [/GUI: not a Pix BR Code/]],
    ['garbage', 'hello', [/^malformed at position 0/, /CRC16/]],
  ])('%s → valid: false with every reason, no fields, 0 provider calls', async (_name, brCode, reasons) => {
    const { result, calls } = await providerCallsDuring(() => app.gql(DECODE, { brCode }));
    expect(calls).toBe(0);
    expect(result.errors).toBeUndefined();
    expect(result.data.decodeBrCode).toEqual({
      valid: false,
      errors: reasons.map((reason) => expect.stringMatching(reason)),
      warnings: [],
      kind: null,
      pixKey: null,
      amount: null,
      merchantName: null,
      merchantCity: null,
      description: null,
      txid: null,
      url: null,
    });
  });

  describe('accented text, as bank apps read it (issue 30)', () => {
    const pix = createStaticPix({
      pixKey: 'fulano@example.com',
      merchantName: 'Ødegård Padaria',
      merchantCity: 'São Paulo',
      infoAdicional: 'Pão de queijo',
      transactionAmount: 7.5,
    });
    if (hasError(pix)) throw new Error(pix.message);
    const accented = pix.toBRCode();

    test('a pix-utils code decodes as valid with its key and text; the accents are warnings; 0 provider calls', async () => {
      const { result, calls } = await providerCallsDuring(() => app.gql(DECODE, { brCode: accented }));
      expect(calls).toBe(0);
      expect(result.errors).toBeUndefined();
      expect(result.data.decodeBrCode).toEqual({
        valid: true,
        errors: [],
        warnings: [expect.stringMatching(/^free text \(tag 26-02\) contains non-ASCII/), expect.stringMatching(/^merchant name \(tag 59\) contains non-ASCII/)],
        kind: 'STATIC',
        pixKey: 'fulano@example.com',
        amount: '7.50',
        merchantName: 'ØDEGARD PADARIA',
        merchantCity: 'SAO PAULO',
        description: 'Pão de queijo',
        txid: null,
        url: null,
      });
    });

    test('one changed character in its key is still a CRC mismatch, 0 provider calls', async () => {
      const { result, calls } = await providerCallsDuring(() => app.gql(DECODE, { brCode: accented.replace('fulano@', 'fulanO@') }));
      expect(calls).toBe(0);
      expect(result.data.decodeBrCode).toMatchObject({
        valid: false,
        errors: [expect.stringMatching(/^CRC16 checksum \(tag 63\) does not match/)],
        pixKey: null,
        description: null,
      });
    });
  });

  test('a published dynamic vector decodes too', async () => {
    expect((await app.gql(DECODE, { brCode: PIX_UTILS_DYNAMIC })).data.decodeBrCode).toMatchObject({ valid: true, kind: 'DYNAMIC', url: 'https://pix.thalesogliari.com.br' });
  });
});

test('the GraphiQL static QR tabs run as shipped', async () => {
  const tab = (name: string) => defaultGraphiqlTabs(false).find((candidate) => candidate.name === name)!;
  const created = await app.gql(tab('StaticQrCode').query);
  expect(created.errors).toBeUndefined();
  expect(created.data.createStaticPixQrCode.userErrors).toEqual([]);
  expect(created.data.createStaticPixQrCode.staticPixQrCode.qrCodeSvg).toMatch(/^<svg/);
  const decoded = await app.gql(tab('DecodeBrCode').query, JSON.parse(tab('DecodeBrCode').variables!));
  expect(decoded.data.decodeBrCode).toMatchObject({ valid: true, kind: 'STATIC', fixedAmount: { amount: '25.00', currency: 'BRL' }, txid: 'STATIC001' });
});
