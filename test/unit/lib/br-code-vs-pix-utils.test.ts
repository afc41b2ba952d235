/**
 * Issue 30: the decoder held against pix-utils' own parser (`parsePix`) on the same inputs. Where
 * both accept a code they must read the same key, text, amount and URL; every input on which they
 * disagree is listed with the reason, so a new disagreement fails this test.
 */
import { createDynamicPix, createStaticPix, hasError, isDynamicPix, isStaticPix, parsePix } from 'pix-utils';
import { decodeBrCode } from '../../../src/lib/br-code';
import { buildBrCode, buildLatin1BrCode, PIX_UTILS_DYNAMIC, PIX_UTILS_STATIC, tlv, tlvCodePoints, withWrongCrc } from '../../helpers/br-codes';

function generated(make: () => ReturnType<typeof createStaticPix> | ReturnType<typeof createDynamicPix>): string {
  const pix = make();
  if (hasError(pix)) throw new Error(pix.message);
  return pix.toBRCode();
}

type FieldOptions = { name?: string; description?: string; amount?: string; account?: string; currency?: string; category?: string };

function fields(options: FieldOptions = {}, tlvOf = tlv): string[] {
  const account = options.account ?? tlvOf('00', 'br.gov.bcb.pix') + tlvOf('01', 'fulano@example.com') + (options.description ? tlvOf('02', options.description) : '');
  return [
    tlvOf('00', '01'),
    tlvOf('26', account),
    ...(options.category === '' ? [] : [tlvOf('52', options.category ?? '0000')]),
    tlvOf('53', options.currency ?? '986'),
    ...(options.amount ? [tlvOf('54', options.amount)] : []),
    tlvOf('58', 'BR'),
    ...(options.name === '' ? [] : [tlvOf('59', options.name ?? 'JOÃO DA PADARIA')]),
    tlvOf('60', 'SÃO PAULO'),
    tlvOf('62', tlvOf('05', '***')),
  ];
}

const accentedStatic = generated(() =>
  createStaticPix({ pixKey: 'fulano@example.com', merchantName: 'Ødegård', merchantCity: 'Brasília', infoAdicional: 'Pão de queijo 🧀', transactionAmount: 12.5 }),
);
const accentedDynamic = generated(() => createDynamicPix({ merchantName: 'Padaria São João', merchantCity: 'Goiânia', url: 'pix.example.com/qr/v2/abc' }));
const byHand = buildBrCode(...fields({ description: 'Pão de queijo', amount: '7.50' }));

/** Both accept the code and read the same fields from it. */
const AGREE = 'agree';

const CASES: Array<[name: string, code: string, ours: boolean, pixUtils: boolean, why: string]> = [
  ['pix-utils README static vector', PIX_UTILS_STATIC, true, true, AGREE],
  ['pix-utils README dynamic vector', PIX_UTILS_DYNAMIC, true, true, AGREE],
  ['pix-utils static: Ø name, accented city and free text with an emoji, amount', accentedStatic, true, true, AGREE],
  ['pix-utils dynamic: accented receiver', accentedDynamic, true, true, AGREE],
  ['by hand: accented name, city and free text, UTF-8 CRC', byHand, true, true, AGREE],
  ['by hand: no amount', buildBrCode(...fields()), true, true, AGREE],
  ['upper-case Pix GUI', buildBrCode(...fields({ account: tlv('00', 'BR.GOV.BCB.PIX') + tlv('01', 'fulano@example.com') })), true, true, AGREE],
  ['broken CRC', withWrongCrc(byHand), false, false, AGREE],
  ['truncated', byHand.slice(0, 60), false, false, AGREE],
  ['junk', 'Pão de queijo', false, false, AGREE],
  ['10 KB string', '0'.repeat(10 * 1024), false, false, AGREE],
  ['one character of the key changed', accentedStatic.replace('fulano@', 'fulanO@'), false, false, AGREE],
  // pix-utils throws a TypeError here (it re-encodes the name it read, and there is none).
  ['no merchant name', buildBrCode(...fields({ name: '' })), false, false, AGREE],
  // Disagreements, each with its reason.
  [
    'ISO-8859-1 CRC',
    buildLatin1BrCode(...fields({ description: 'Pão de queijo' })),
    true,
    false,
    'pix-utils computes the CRC over UTF-8 only; we also accept one byte per character (with a warning), as charCodeAt-based generators write it',
  ],
  [
    'lengths in code points (emoji counted once)',
    buildBrCode(...fields({ description: 'Queijo 🧀' }, tlvCodePoints)),
    true,
    false,
    'pix-utils counts UTF-16 units only; we fall back to code points (with a warning) when UTF-16 units do not fit',
  ],
  [
    'lower-case CRC',
    byHand.slice(0, -4) + byHand.slice(-4).toLowerCase(),
    true,
    false,
    'pix-utils compares the CRC text case-sensitively; hex is hex, we accept it with a warning',
  ],
  ['amount "1e3"', buildBrCode(...fields({ amount: '1e3' })), false, true, 'pix-utils reads tag 54 as a float (1000); we read a decimal amount'],
  ['currency 840', buildBrCode(...fields({ currency: '840' })), false, true, 'pix-utils does not check the currency; a Pix code is in BRL (986)'],
  ['non-Pix GUI', buildBrCode(...fields({ account: tlv('00', 'com.example.pay') + tlv('01', 'fulano@example.com') })), false, true, 'pix-utils does not check the GUI of tag 26'],
  ['no merchant category code', buildBrCode(...fields({ category: '' })), false, true, 'pix-utils checks no mandatory field but the name and city it re-encodes'],
  [
    'a newline in the free text',
    buildBrCode(...fields({ description: 'Pão\nde queijo' })),
    false,
    true,
    'pix-utils reports any text; we refuse control and bidi characters in what we report',
  ],
  [
    'both a key and a URL',
    buildBrCode(...fields({ account: tlv('00', 'br.gov.bcb.pix') + tlv('01', 'fulano@example.com') + tlv('25', 'pix.example.com/qr/v2/abc') })),
    false,
    true,
    'pix-utils reads it as static and ignores the URL; the payer cannot tell which applies',
  ],
];

/** pix-utils' answer, in our shape, for the fields both read; a throw counts as a refusal. */
function pixUtilsReads(code: string) {
  let parsed: ReturnType<typeof parsePix>;
  try {
    parsed = parsePix(code);
  } catch {
    return { valid: false };
  }
  if (hasError(parsed)) return { valid: false };
  const none = { pixKey: null, description: null, amountCents: null, url: null };
  if (isDynamicPix(parsed)) return { valid: true, merchantName: parsed.merchantName, merchantCity: parsed.merchantCity, ...none, url: parsed.url };
  if (!isStaticPix(parsed)) return { valid: false };
  const amount = parsed.transactionAmount ?? 0;
  return {
    valid: true,
    merchantName: parsed.merchantName,
    merchantCity: parsed.merchantCity,
    ...none,
    pixKey: parsed.pixKey,
    description: parsed.infoAdicional ?? null,
    amountCents: amount > 0 ? Math.round(amount * 100) : null,
  };
}

describe('decodeBrCode against pix-utils parsePix', () => {
  test.each(CASES)('%s', (_name, code, ours, pixUtils, why) => {
    const mine = decodeBrCode(code);
    const theirs = pixUtilsReads(code);
    expect({ ours: mine.valid, pixUtils: theirs.valid }).toEqual({ ours, pixUtils });
    if (ours === pixUtils) expect(why).toBe(AGREE);
    else expect(why).not.toBe(AGREE);
    if (ours && pixUtils) {
      const { pixKey, description, amountCents, url, merchantName, merchantCity } = mine;
      expect({ valid: true, pixKey, description, amountCents, url, merchantName, merchantCity }).toEqual(theirs);
    }
  });
});
