import { createStaticBrCode, decodeBrCode, staticDescriptionRoom, crc16 as libCrc16 } from '../../../src/lib/br-code';

/** Independent CRC16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as the BR Code manual specifies. */
function crc16(payload: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(payload, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}
const tlv = (id: string, value: string) => `${id}${String(value.length).padStart(2, '0')}${value}`;
/** Builds a BR Code from top-level TLVs with a correct CRC, to test rules beyond the checksum. */
function build(...fields: string[]): string {
  const body = `${fields.join('')}6304`;
  return body + crc16(body);
}
const mai = (key: string, gui = 'br.gov.bcb.pix') => tlv('26', tlv('00', gui) + tlv('01', key));
const envelope = (amount?: string, extra: string[] = []) => [
  tlv('00', '01'),
  mai('fulano@example.com'),
  tlv('52', '0000'),
  tlv('53', '986'),
  ...(amount === undefined ? [] : [tlv('54', amount)]),
  tlv('58', 'BR'),
  tlv('59', 'FULANO'),
  tlv('60', 'SAO PAULO'),
  tlv('62', tlv('05', '***')),
  ...extra,
];

const README_STATIC =
  '00020126650014br.gov.bcb.pix0119nubank@thalesog.com0220Gerado por Pix-Utils52040000530398654041.005802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***6304059A';
const README_DYNAMIC = '00020126540014br.gov.bcb.pix2532https://pix.thalesogliari.com.br5204000053039865802BR5914Thales Ogliari6009SAO PAULO62070503***63043FD3';

describe('decodeBrCode', () => {
  it('decodes a static BR Code (pix-utils README vector)', () => {
    expect(decodeBrCode(README_STATIC)).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      kind: 'STATIC',
      pixKey: 'nubank@thalesog.com',
      amountCents: 100,
      merchantName: 'Thales Ogliari',
      merchantCity: 'SAO MIGUEL DO O',
      description: 'Gerado por Pix-Utils',
      txid: null,
      url: null,
    });
  });

  it('decodes a dynamic BR Code: location URL, no key, no amount', () => {
    expect(decodeBrCode(README_DYNAMIC)).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      kind: 'DYNAMIC',
      pixKey: null,
      amountCents: null,
      description: null,
      merchantName: 'Thales Ogliari',
      merchantCity: 'SAO PAULO',
      txid: null,
      url: 'https://pix.thalesogliari.com.br',
    });
  });

  it('agrees with an independent CRC16 implementation', () => {
    expect(crc16(README_STATIC.slice(0, -4))).toBe(README_STATIC.slice(-4));
    expect(libCrc16(README_STATIC.slice(0, -4))).toBe(README_STATIC.slice(-4));
    expect(decodeBrCode(build(...envelope('10.00'))).valid).toBe(true);
  });

  it('detects a bad CRC', () => {
    const tampered = README_STATIC.slice(0, -4) + (README_STATIC.endsWith('059A') ? '059B' : '059A');
    expect(decodeBrCode(tampered)).toMatchObject({ valid: false, kind: null, errors: [expect.stringMatching(/CRC/)] });
  });

  it('detects an edited amount even though the structure is intact', () => {
    const edited = README_STATIC.replace('54041.00', '54049.00');
    expect(decodeBrCode(edited)).toMatchObject({ valid: false, errors: [expect.stringMatching(/CRC/)] });
  });

  it('reads the amount as a decimal string, not a float', () => {
    expect(decodeBrCode(build(...envelope('10.05'))).amountCents).toBe(1005);
    expect(decodeBrCode(build(...envelope('0.07'))).amountCents).toBe(7);
    expect(decodeBrCode(build(...envelope('123456789.01'))).amountCents).toBe(12345678901);
  });

  it.each(['1e3', '1.005', '-1.00', '1,00', '12345678901.00'])('rejects the amount %p that pix-utils would accept', (amount) => {
    expect(decodeBrCode(build(...envelope(amount)))).toMatchObject({
      valid: false,
      amountCents: null,
      errors: [expect.stringMatching(/amount/)],
    });
  });

  it('reads a txid from the additional data field', () => {
    const fields = envelope('1.00');
    fields[8] = tlv('62', tlv('05', 'PEDIDO123'));
    expect(decodeBrCode(build(...fields)).txid).toBe('PEDIDO123');
  });

  it('checks the envelope that pix-utils ignores', () => {
    const wrongCurrency = envelope('1.00').map((f) => (f.startsWith('5303') ? tlv('53', '840') : f));
    expect(decodeBrCode(build(...wrongCurrency))).toMatchObject({ valid: false, errors: [expect.stringMatching(/986/)] });
    const wrongGui = envelope('1.00').map((f) => (f.startsWith('26') ? mai('fulano@example.com', 'com.example.pay') : f));
    expect(decodeBrCode(build(...wrongGui))).toMatchObject({ valid: false, errors: [expect.stringMatching(/GUI/)] });
    const noFormat = envelope('1.00').slice(1);
    expect(decodeBrCode(build(...noFormat))).toMatchObject({ valid: false, errors: [expect.stringMatching(/tag 00/)] });
  });

  it('accepts the upper-case GUI that many banks emit', () => {
    const upper = envelope('1.00').map((f) => (f.startsWith('26') ? mai('fulano@example.com', 'BR.GOV.BCB.PIX') : f));
    expect(decodeBrCode(build(...upper)).valid).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['garbage', 'hello world'],
    ['a truncated code', README_STATIC.slice(0, 60)],
    ['a code without a Pix key or URL', build(tlv('00', '01'), tlv('26', tlv('00', 'br.gov.bcb.pix')), tlv('58', 'BR'))],
    ['a huge string', '0'.repeat(100_000)],
  ])('reports %s as invalid without throwing', (_name, code) => {
    const result = decodeBrCode(code);
    expect(result.valid).toBe(false);
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.kind).toBeNull();
  });

  it('lists every problem of a malformed code, not only the first', () => {
    // Cut in the middle of tag 52, after a merchant account that is not a Pix one.
    const nonPix = build(...envelope('1.00').map((f) => (f.startsWith('26') ? mai('fulano@example.com', 'com.example.pay') : f)));
    const cut = nonPix.slice(0, nonPix.indexOf('52040000') + 6);
    expect(decodeBrCode(cut).errors).toEqual([
      'truncated: tag 52 declares 4 characters but only 2 remain',
      expect.stringMatching(/CRC16 \(tag 63\) is missing/),
      expect.stringMatching(/GUI: not a Pix BR Code/),
    ]);
  });

  it('reports a bad CRC together with the envelope problems of an intact structure', () => {
    const wrongCurrency = build(...envelope('1.00').map((f) => (f.startsWith('5303') ? tlv('53', '840') : f)));
    const tampered = wrongCurrency.slice(0, -4) + (wrongCurrency.endsWith('0000') ? '0001' : '0000');
    const result = decodeBrCode(tampered);
    expect(result.errors).toEqual([expect.stringMatching(/^CRC16 checksum \(tag 63\) does not match/), 'currency (tag 53) must be 986 (BRL)']);
    expect(result).toMatchObject({ valid: false, kind: null, pixKey: null, amountCents: null });
  });

  it('names the correct checksum, so a hand-edited code can be repaired', () => {
    const body = README_STATIC.slice(0, -4);
    expect(decodeBrCode(`${body}ABCD`).errors).toEqual([`CRC16 checksum (tag 63) does not match: the code says ABCD, its content gives ${crc16(body)}`]);
  });

  it('accepts a lower-case CRC', () => {
    const code = build(...envelope('1.00'));
    expect(decodeBrCode(code.slice(0, -4) + code.slice(-4).toLowerCase()).valid).toBe(true);
  });

  it.each([
    ['a length that overruns the code', (code: string) => code.replace('6009SAO PAULO', '6099SAO PAULO'), /^truncated: tag 60 declares 99 characters but only \d+ remain$/],
    ['a non-numeric length', (code: string) => code.replace('5303986', '53x3986'), /malformed at position \d+: expected a 2-digit tag/],
    ['a bad length inside tag 62', (code: string) => code.replace('62070503***', '62070509***'), /truncated inside tag 62: tag 05 declares 9/],
  ])('reports %s with where it happened', (_name, edit, message) => {
    const result = decodeBrCode(edit(build(...envelope('1.00'))));
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual(expect.stringMatching(message));
  });

  it('reports each missing mandatory field of a complete structure', () => {
    const bare = build(tlv('00', '01'), mai('fulano@example.com'));
    expect(decodeBrCode(bare).errors).toEqual([
      'merchant category code (tag 52) must be 4 digits',
      'currency (tag 53) must be 986 (BRL)',
      'country code (tag 58) must be BR',
      'merchant name (tag 59) must be 1-25 characters',
      'merchant city (tag 60) must be 1-15 characters',
    ]);
  });

  it.each([
    ['a txid with a dash', (f: string[]) => f.map((x) => (x.startsWith('62') ? tlv('62', tlv('05', 'PED-1')) : x)), /txid/],
    ['an amount of zero', () => envelope('0.00'), /amount/],
    ['a duplicated tag', (f: string[]) => [...f, tlv('58', 'BR')], /tag 58 appears more than once/],
    ['a point of initiation other than 11/12', (f: string[]) => [tlv('00', '01'), tlv('01', '13'), ...f.slice(1)], /point of initiation/],
    [
      'both a key and a URL',
      (f: string[]) => f.map((x) => (x.startsWith('26') ? tlv('26', tlv('00', 'br.gov.bcb.pix') + tlv('01', 'k@x.com') + tlv('25', 'pix.example.com/qr/1')) : x)),
      /both a Pix key/,
    ],
  ])('flags %s', (_name, edit, message) => {
    const result = decodeBrCode(build(...edit(envelope('1.00'))));
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual(expect.stringMatching(message));
  });

  it('reads non-ASCII text with a warning, not an error (issue 30)', () => {
    const result = decodeBrCode(build(...envelope('1.00').map((x) => (x.startsWith('59') ? tlv('59', 'JOÃO') : x))));
    expect(result).toMatchObject({ valid: true, errors: [], merchantName: 'JOÃO', warnings: [expect.stringMatching(/^merchant name \(tag 59\) contains non-ASCII/)] });
  });

  it.each([undefined, null, 42, {}])('never throws on the non-string %p', (value) => {
    expect(decodeBrCode(value as never).valid).toBe(false);
  });
});

describe('createStaticBrCode', () => {
  const base = { pixKey: 'fulano@example.com', merchantName: 'Fulano de Tal', merchantCity: 'São Paulo' };

  it('round-trips through decodeBrCode', () => {
    const code = createStaticBrCode({ ...base, amountCents: 10050, txid: 'PEDIDO123', description: 'Pedido 123' });
    expect(code).toContain('br.gov.bcb.pix');
    expect(code).toContain('5406100.50');
    expect(crc16(code.slice(0, -4))).toBe(code.slice(-4));
    expect(decodeBrCode(code)).toEqual({
      valid: true,
      errors: [],
      warnings: [],
      kind: 'STATIC',
      pixKey: 'fulano@example.com',
      amountCents: 10050,
      // pix-utils upper-cases name and city and strips accents, as the BR Code charset requires.
      merchantName: 'FULANO DE TAL',
      merchantCity: 'SAO PAULO',
      description: 'Pedido 123',
      txid: 'PEDIDO123',
      url: null,
    });
  });

  it('omits the amount and uses "***" as txid when none is given', () => {
    const code = createStaticBrCode(base);
    expect(code).not.toMatch(/54\d\d[0-9.]+5802BR/);
    expect(code).toContain('0503***');
    expect(decodeBrCode(code)).toMatchObject({ valid: true, amountCents: null, txid: null });
  });

  it('says how much description fits next to a key, and that much does fit', () => {
    const pixKey = 'b6a3c1d2-7e8f-4a9b-8c0d-1e2f3a4b5c6d';
    const room = staticDescriptionRoom(pixKey);
    expect(room).toBe(37);
    expect(decodeBrCode(createStaticBrCode({ ...base, pixKey, description: 'd'.repeat(room) })).description).toBe('d'.repeat(room));
    expect(() => createStaticBrCode({ ...base, pixKey, description: 'd'.repeat(room + 1) })).toThrow(/too long/);
    expect(staticDescriptionRoom('k'.repeat(90))).toBe(0);
  });

  it.each([1, 7, 1005, 99999999, 999999999999])('keeps %p cents exact', (amountCents) => {
    expect(decodeBrCode(createStaticBrCode({ ...base, amountCents })).amountCents).toBe(amountCents);
  });

  it.each([
    ['zero amount', { amountCents: 0 }, /amountCents/],
    ['fractional cents', { amountCents: 1.5 }, /amountCents/],
    ['amount over 13 characters', { amountCents: 1_000_000_000_000 }, /amountCents/],
    ['name over 25', { merchantName: 'x'.repeat(26) }, /merchantName/],
    ['empty city', { merchantCity: '' }, /merchantCity/],
    ['city over 15', { merchantCity: 'x'.repeat(16) }, /merchantCity/],
    ['empty key', { pixKey: '' }, /pixKey/],
    ['txid with a dash', { txid: 'PED-1' }, /txid/],
    ['txid over 25', { txid: 'A'.repeat(26) }, /txid/],
    ['non-ASCII description', { description: 'Pedido 🍕' }, /description/],
    ['key + description over 99', { pixKey: 'k'.repeat(70), description: 'd'.repeat(10) }, /too long/],
  ])('throws on %s', (_name, override, message) => {
    expect(() => createStaticBrCode({ ...base, ...override })).toThrow(message);
  });
});
