import { decodeBrCode } from '../../../../src/domain/static-pix-qr-codes/decode-br-code';
import { buildBrCode, PIX_UTILS_DYNAMIC, PIX_UTILS_STATIC, staticFields, tlv, withWrongCrc } from '../../../helpers/br-codes';

const NO_FIELDS = { kind: null, pixKey: null, amount: null, merchantName: null, merchantCity: null, description: null, txid: null, url: null };

describe('decodeBrCode (local, no provider)', () => {
  test('a static code with amount, description and txid', () => {
    expect(decodeBrCode(buildBrCode(...staticFields({ amount: '25.00', txid: 'STATIC001' })))).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      kind: 'STATIC',
      pixKey: 'fulano@example.com',
      amount: 2500,
      merchantName: 'FULANO DE TAL',
      merchantCity: 'SAO PAULO',
      description: 'Doacao',
      txid: 'STATIC001',
      url: null,
    });
  });

  test('a static code without amount: the payer types it; "***" is no txid', () => {
    expect(decodeBrCode(buildBrCode(...staticFields()))).toMatchObject({ valid: true, kind: 'STATIC', amount: null, txid: null });
  });

  test('published vectors: static and dynamic (location URL, no key)', () => {
    expect(decodeBrCode(PIX_UTILS_STATIC)).toMatchObject({ valid: true, kind: 'STATIC', pixKey: 'nubank@thalesog.com', amount: 100, url: null });
    expect(decodeBrCode(PIX_UTILS_DYNAMIC)).toEqual({
      ...NO_FIELDS,
      valid: true,
      errors: [],
      warnings: [],
      kind: 'DYNAMIC',
      merchantName: 'Thales Ogliari',
      merchantCity: 'SAO PAULO',
      url: 'https://pix.thalesogliari.com.br',
    });
  });

  const valid = buildBrCode(...staticFields({ amount: '10.00' }));
  const nonPixAccount = tlv('00', 'com.example.pay') + tlv('01', 'fulano@example.com');
  const cases: Array<[string, string, Array<string | RegExp>]> = [
    ['a broken CRC', withWrongCrc(valid), [/^CRC16 checksum \(tag 63\) does not match: the code says [0-9A-F]{4}, its content gives [0-9A-F]{4}$/]],
    ['a truncated code', valid.slice(0, valid.indexOf('5303986') + 5), ['truncated: tag 53 declares 3 characters but only 1 remain', /^CRC16 \(tag 63\) is missing/]],
    ['a non-Pix EMV code', buildBrCode(...staticFields({ account: nonPixAccount })), ['merchant account (tag 26) must carry the "br.gov.bcb.pix" GUI: not a Pix BR Code']],
    [
      'a bad length inside the merchant account',
      buildBrCode(...staticFields({ account: `${tlv('00', 'br.gov.bcb.pix')}0140fulano@example.com` })),
      ['truncated inside tag 26: tag 01 declares 40 characters but only 18 remain'],
    ],
    ['a non-numeric length', valid.replace('5802BR', '58x2BR'), [/^malformed at position \d+: expected a 2-digit tag and a 2-digit length, found "58x2"$/, /CRC16/]],
    ['garbage', 'not a br code', [/^malformed at position 0/, /CRC16 \(tag 63\) is missing/]],
    ['an empty string', '', ['is empty or not a string']],
    [
      'a wrong currency and country at once',
      buildBrCode(...staticFields().map((f) => (f === '5303986' ? tlv('53', '840') : f === '5802BR' ? tlv('58', 'US') : f))),
      ['currency (tag 53) must be 986 (BRL)', 'country code (tag 58) must be BR'],
    ],
    ['an amount in exponent notation', buildBrCode(...staticFields({ amount: '1e3' })), [/transaction amount \(tag 54\)/]],
    ['a key-less Pix account', buildBrCode(...staticFields({ account: tlv('00', 'br.gov.bcb.pix') })), ['not a Pix BR Code: no Pix key (tag 26-01) or location URL (tag 26-25)']],
  ];

  test.each(cases)('%s → valid: false with every reason', (_name, code, reasons) => {
    const result = decodeBrCode(code);
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual(reasons.map((reason) => (typeof reason === 'string' ? reason : expect.stringMatching(reason))));
  });

  test('a broken code reports no fields: nothing read from it should be acted on', () => {
    expect(decodeBrCode(withWrongCrc(valid))).toMatchObject(NO_FIELDS);
    expect(decodeBrCode(buildBrCode(...staticFields({ account: nonPixAccount })))).toMatchObject(NO_FIELDS);
  });

  test('an intact Pix code with envelope problems still shows what it says', () => {
    const wrongCurrency = buildBrCode(...staticFields({ amount: '5.00' }).map((f) => (f === '5303986' ? tlv('53', '840') : f)));
    expect(decodeBrCode(wrongCurrency)).toMatchObject({ valid: false, kind: 'STATIC', amount: 500, pixKey: 'fulano@example.com' });
  });
});
