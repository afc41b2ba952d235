/**
 * Issue 30: decodeBrCode reads the codes bank apps read. Codes come from pix-utils (the generator
 * Paygraph depends on) and are built by hand from the EMV rules with the independent writer of
 * test/helpers/br-codes.ts: lengths in characters, the CRC16 over the text as each generator
 * encodes it. Accents are warnings; what is really broken stays an error.
 */
import { createDynamicPix, createStaticPix, hasError } from 'pix-utils';
import { decodeBrCode } from '../../../src/lib/br-code';
import { buildBrCode, buildLatin1BrCode, crc16, tlv, tlvBytes, tlvCodePoints, withWrongCrc } from '../../helpers/br-codes';

const NO_FIELDS = { kind: null, pixKey: null, amountCents: null, merchantName: null, merchantCity: null, description: null, txid: null, url: null };

function pixUtilsStatic(params: { pixKey: string; merchantName: string; merchantCity: string; infoAdicional?: string; transactionAmount?: number }): string {
  const pix = createStaticPix({ transactionAmount: 0, ...params });
  if (hasError(pix)) throw new Error(pix.message);
  return pix.toBRCode();
}

/** A static code by hand: `tlvOf` decides how lengths are counted. */
function handFields(options: { name: string; city: string; description?: string; amount?: string; key?: string }, tlvOf = tlv): string[] {
  const account = tlvOf('00', 'br.gov.bcb.pix') + tlvOf('01', options.key ?? 'fulano@example.com') + (options.description ? tlvOf('02', options.description) : '');
  return [
    tlvOf('00', '01'),
    tlvOf('26', account),
    tlvOf('52', '0000'),
    tlvOf('53', '986'),
    ...(options.amount ? [tlvOf('54', options.amount)] : []),
    tlvOf('58', 'BR'),
    tlvOf('59', options.name),
    tlvOf('60', options.city),
    tlvOf('62', tlvOf('05', '***')),
  ];
}

const warningAbout = (label: RegExp) => expect.stringMatching(label);

describe('codes written by pix-utils with accented text', () => {
  const padaria = pixUtilsStatic({ pixKey: 'fulano@example.com', merchantName: 'João Padaria', merchantCity: 'São Paulo', infoAdicional: 'Pão de queijo' });

  test('decode as valid with their key and text; the accents are a warning', () => {
    expect(decodeBrCode(padaria)).toEqual({
      valid: true,
      errors: [],
      warnings: [warningAbout(/^free text \(tag 26-02\) contains non-ASCII characters/)],
      kind: 'STATIC',
      pixKey: 'fulano@example.com',
      amountCents: null,
      // pix-utils strips the accents of name and city itself, not of the free text.
      merchantName: 'JOAO PADARIA',
      merchantCity: 'SAO PAULO',
      description: 'Pão de queijo',
      txid: null,
      url: null,
    });
  });

  test('a letter pix-utils cannot strip (Ø), an emoji counted as two UTF-16 units, and an amount', () => {
    const code = pixUtilsStatic({ pixKey: 'fulano@example.com', merchantName: 'Ødegård', merchantCity: 'Brasília', infoAdicional: 'Pizza 🍕 ção', transactionAmount: 12.5 });
    expect(decodeBrCode(code)).toMatchObject({
      valid: true,
      errors: [],
      warnings: [warningAbout(/^free text \(tag 26-02\)/), warningAbout(/^merchant name \(tag 59\)/)],
      merchantName: 'ØDEGARD',
      merchantCity: 'BRASILIA',
      description: 'Pizza 🍕 ção',
      amountCents: 1250,
    });
  });

  test('one changed character anywhere in the key is still a CRC mismatch', () => {
    const keyAt = padaria.indexOf('fulano@example.com');
    for (let i = keyAt; i < keyAt + 'fulano@example.com'.length; i += 1) {
      for (const replacement of ['x', 'á', '1']) {
        if (padaria[i] === replacement) continue;
        const edited = padaria.slice(0, i) + replacement + padaria.slice(i + 1);
        const result = decodeBrCode(edited);
        expect(result).toMatchObject({ valid: false, ...NO_FIELDS });
        expect(result.errors).toEqual([expect.stringMatching(/^CRC16 checksum \(tag 63\) does not match/)]);
      }
    }
  });

  test('one changed accent in the free text is a CRC mismatch too', () => {
    const result = decodeBrCode(padaria.replace('Pão', 'Pâo'));
    expect(result).toMatchObject({ valid: false, ...NO_FIELDS, errors: [expect.stringMatching(/^CRC16 checksum \(tag 63\) does not match/)] });
  });

  test('a dynamic code (location URL) with an accented receiver', () => {
    const pix = createDynamicPix({ merchantName: 'Ødegård Ltda', merchantCity: 'Goiânia', url: 'pix.example.com/qr/v2/abc' });
    if (hasError(pix)) throw new Error(pix.message);
    expect(decodeBrCode(pix.toBRCode())).toMatchObject({ valid: true, kind: 'DYNAMIC', url: 'pix.example.com/qr/v2/abc', merchantName: 'ØDEGARD LTDA', merchantCity: 'GOIANIA' });
  });
});

describe('codes built by hand from the EMV rules', () => {
  const accented = { name: 'JOÃO DA PADARIA', city: 'SÃO PAULO', description: 'Pão de queijo' };
  const expected = {
    valid: true,
    errors: [],
    kind: 'STATIC',
    pixKey: 'fulano@example.com',
    amountCents: null,
    merchantName: 'JOÃO DA PADARIA',
    merchantCity: 'SÃO PAULO',
    description: 'Pão de queijo',
    txid: null,
    url: null,
  };
  const accentWarnings = [warningAbout(/^free text \(tag 26-02\)/), warningAbout(/^merchant name \(tag 59\)/), warningAbout(/^merchant city \(tag 60\)/)];

  test('UTF-8 CRC (pix-utils, TextEncoder): accented name, city and free text, no amount', () => {
    expect(decodeBrCode(buildBrCode(...handFields(accented)))).toEqual({ ...expected, warnings: accentWarnings });
  });

  test('ISO-8859-1 CRC (generators that feed charCodeAt to the CRC): valid, with a warning that says so', () => {
    const code = buildLatin1BrCode(...handFields(accented));
    expect(crc16(code.slice(0, -4))).not.toBe(code.slice(-4));
    expect(decodeBrCode(code)).toEqual({ ...expected, warnings: [warningAbout(/ISO-8859-1/), ...accentWarnings] });
  });

  test('lengths in code points (an emoji is one character, Python generators): valid, with a warning that says so', () => {
    const code = buildBrCode(...handFields({ ...accented, description: 'Pizza 🍕' }, tlvCodePoints));
    expect(decodeBrCode(code)).toEqual({
      ...expected,
      description: 'Pizza 🍕',
      warnings: [warningAbout(/code points/), warningAbout(/^free text \(tag 26-02\)/), warningAbout(/^merchant name/), warningAbout(/^merchant city/)],
    });
  });

  test('lengths in UTF-8 bytes (PHP strlen) are not characters: refused as inconsistent lengths', () => {
    const result = decodeBrCode(buildBrCode(...handFields(accented, tlvBytes)));
    expect(result).toMatchObject({ valid: false, ...NO_FIELDS });
    expect(result.errors).toContainEqual(expect.stringMatching(/^(truncated|malformed)/));
  });

  test('a pure ASCII code has no warnings', () => {
    expect(decodeBrCode(buildBrCode(...handFields({ name: 'FULANO', city: 'SAO PAULO', amount: '5.00' })))).toMatchObject({ valid: true, warnings: [], amountCents: 500 });
  });

  test('a lower-case CRC is accepted with a warning: pix-utils compares it case-sensitively', () => {
    const code = buildBrCode(...handFields(accented));
    const lower = code.slice(0, -4) + code.slice(-4).toLowerCase();
    expect(lower).not.toBe(code);
    expect(decodeBrCode(lower)).toEqual({ ...expected, warnings: [warningAbout(/lower case/), ...accentWarnings] });
  });

  test('a CRC that matches under no accepted encoding names what each gives', () => {
    const code = withWrongCrc(buildBrCode(...handFields(accented)));
    const body = code.slice(0, -4);
    expect(decodeBrCode(code)).toEqual({
      valid: false,
      errors: [`CRC16 checksum (tag 63) does not match: the code says ${code.slice(-4)}, its content gives ${crc16(body)} in UTF-8 or ${crc16(body, 'latin1')} in ISO-8859-1`],
      warnings: [],
      ...NO_FIELDS,
    });
  });

  test('every truncation of an accented code is refused', () => {
    const code = buildBrCode(...handFields(accented));
    for (let end = 1; end < code.length; end += 1) {
      const result = decodeBrCode(code.slice(0, end));
      expect(result.valid).toBe(false);
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.kind).toBeNull();
    }
  });

  test.each([
    ['a non-Pix GUI', handFields(accented).map((f) => (f.startsWith('26') ? tlv('26', tlv('00', 'com.example.pay') + tlv('01', 'k@example.com')) : f)), /GUI: not a Pix BR Code/],
    ['a missing merchant city', handFields(accented).filter((f) => !f.startsWith('60')), /^merchant city \(tag 60\) must be 1-15 characters$/],
    ['a city over 15 characters', handFields({ ...accented, city: 'SÃO JOSÉ DOS CAMPOS' }), /^merchant city \(tag 60\) must be 1-15 characters$/],
  ])('%s in an accented code is still an error', (_name, fields, message) => {
    const result = decodeBrCode(buildBrCode(...fields));
    expect(result.valid).toBe(false);
    expect(result.errors).toContainEqual(expect.stringMatching(message));
  });
});

describe('what the decoder reports is safe to show', () => {
  test.each([
    ['a newline in the free text', { description: 'Pão\nde queijo' }, /^free text \(tag 26-02\) contains control or bidirectional-override characters$/],
    ['a right-to-left override in the name', { name: 'JOÃO \u202eAIRADAP' }, /^merchant name \(tag 59\) contains control or bidirectional-override characters$/],
    ['a NUL in the key', { key: 'fulano\u0000@example.com' }, /^Pix key \(tag 26-01\) contains control or bidirectional-override characters$/],
  ])('%s: refused, and no field is reported', (_name, override, message) => {
    const result = decodeBrCode(buildBrCode(...handFields({ name: 'JOÃO', city: 'SÃO PAULO', ...override })));
    expect(result).toMatchObject({ valid: false, ...NO_FIELDS });
    expect(result.errors).toEqual([expect.stringMatching(message)]);
  });

  test('an error that quotes the input escapes control and bidi characters', () => {
    const result = decodeBrCode('0\u202e\n1rest of it');
    expect(result.errors[0]).toBe('malformed at position 0: expected a 2-digit tag and a 2-digit length, found "0\\u{202E}\\u{A}1"');
  });

  test('an unpaired surrogate is not text: refused', () => {
    const result = decodeBrCode(buildBrCode(...handFields({ name: 'JOÃO', city: 'SÃO PAULO', description: 'Pizza \ud83c' })));
    expect(result).toMatchObject({ valid: false, ...NO_FIELDS });
    expect(result.errors).toEqual([expect.stringMatching(/unpaired surrogate/)]);
  });

  test('a non-ASCII Pix key (a Cyrillic а) decodes but is flagged: no Pix key type has such characters', () => {
    const result = decodeBrCode(buildBrCode(...handFields({ name: 'JOAO', city: 'SAO PAULO', key: 'ful\u0430no@example.com' })));
    expect(result).toMatchObject({ valid: true, pixKey: 'ful\u0430no@example.com', warnings: [expect.stringMatching(/^Pix key \(tag 26-01\) contains non-ASCII characters/)] });
  });
});

describe('junk and oversized input', () => {
  test.each([
    ['accented junk', 'Pão de queijo'],
    ['digits then accents', '0002Ã1'],
    ['an accented code with its CRC cut off', buildBrCode(...handFields({ name: 'JOÃO', city: 'SÃO PAULO' })).slice(0, -8)],
    ['a 10 KB string', 'ã'.repeat(10 * 1024)],
    [
      'a 10 KB run of a valid code',
      buildBrCode(...handFields({ name: 'JOÃO', city: 'SÃO PAULO' }))
        .repeat(80)
        .slice(0, 10 * 1024),
    ],
  ])('%s → invalid with a reason, never a throw', (_name, input) => {
    const result = decodeBrCode(input);
    expect(result).toMatchObject({ valid: false, ...NO_FIELDS });
    expect(result.errors.length).toBeGreaterThan(0);
  });

  test('the length limit counts characters: 512 accented characters are read, 513 are not', () => {
    expect(decodeBrCode('ã'.repeat(513)).errors).toEqual(['is longer than 512 characters']);
    expect(decodeBrCode('ã'.repeat(512)).errors).not.toContain('is longer than 512 characters');
  });
});
