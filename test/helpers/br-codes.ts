/**
 * BR Codes built independently of src/lib (own CRC16, own TLV writer), so decoding tests do not
 * check the decoder against itself; and two published vectors from the pix-utils README.
 */

/**
 * CRC16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as the BR Code manual specifies, over the text's
 * UTF-8 bytes (pix-utils, TextEncoder) or its ISO-8859-1 bytes (generators that feed `charCodeAt`
 * to the CRC, one byte per character).
 */
export function crc16(payload: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(payload, encoding)) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i += 1) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** One EMV TLV whose length counts UTF-16 code units, as JavaScript generators (pix-utils) write it. */
export const tlv = (id: string, value: string): string => `${id}${String(value.length).padStart(2, '0')}${value}`;
/** One EMV TLV whose length counts code points (an emoji is 1), as Python generators write it. */
export const tlvCodePoints = (id: string, value: string): string => `${id}${String([...value].length).padStart(2, '0')}${value}`;
/** One EMV TLV whose length counts UTF-8 bytes, as PHP generators using strlen() write it. */
export const tlvBytes = (id: string, value: string): string => `${id}${String(Buffer.byteLength(value)).padStart(2, '0')}${value}`;

/** A BR Code from top-level TLVs, closed by a correct CRC (over UTF-8 unless told otherwise). */
export function buildBrCode(...fields: string[]): string {
  return closeWithCrc(fields, 'utf8');
}

/** A BR Code from top-level TLVs, closed by the CRC of its ISO-8859-1 bytes. */
export function buildLatin1BrCode(...fields: string[]): string {
  return closeWithCrc(fields, 'latin1');
}

function closeWithCrc(fields: string[], encoding: 'utf8' | 'latin1'): string {
  const body = `${fields.join('')}6304`;
  return body + crc16(body, encoding);
}

/** The fields of a static Pix code; `account` replaces tag 26's inner TLVs. */
export function staticFields(options: { amount?: string; txid?: string; account?: string } = {}): string[] {
  return [
    tlv('00', '01'),
    tlv('26', options.account ?? tlv('00', 'br.gov.bcb.pix') + tlv('01', 'fulano@example.com') + tlv('02', 'Doacao')),
    tlv('52', '0000'),
    tlv('53', '986'),
    ...(options.amount === undefined ? [] : [tlv('54', options.amount)]),
    tlv('58', 'BR'),
    tlv('59', 'FULANO DE TAL'),
    tlv('60', 'SAO PAULO'),
    tlv('62', tlv('05', options.txid ?? '***')),
  ];
}

/** The same code with its CRC replaced by a wrong one. */
export function withWrongCrc(code: string): string {
  return code.slice(0, -4) + (code.endsWith('0000') ? '0001' : '0000');
}

export const PIX_UTILS_STATIC =
  '00020126650014br.gov.bcb.pix0119nubank@thalesog.com0220Gerado por Pix-Utils52040000530398654041.005802BR5914Thales Ogliari6015SAO MIGUEL DO O62070503***6304059A';
export const PIX_UTILS_DYNAMIC = '00020126540014br.gov.bcb.pix2532https://pix.thalesogliari.com.br5204000053039865802BR5914Thales Ogliari6009SAO PAULO62070503***63043FD3';
