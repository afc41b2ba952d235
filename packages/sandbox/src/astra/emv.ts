import { createDynamicPix, hasError } from 'pix-utils';

const MERCHANT_NAME = 'ASTRA SANDBOX';
const MERCHANT_CITY = 'SAO PAULO';

/**
 * ASM-A19: a syntactically valid dynamic BR Code (starts `000201`, ends with a correct `6304`
 * CRC16) so QR rendering works. The payload URL is fictitious: nothing serves it, and the client
 * never parses the string. `oneTime` marks it as a single-payment COB (point of initiation 12).
 */
export function dynamicBrCode(txid: string): string {
  const pix = createDynamicPix({
    merchantName: MERCHANT_NAME,
    merchantCity: MERCHANT_CITY,
    url: `pix.astra.sandbox/qr/v2/${txid}`,
    oneTime: true,
  });
  if (hasError(pix)) throw new Error(`cannot build BR Code: ${pix.message}`);
  return pix.toBRCode();
}
