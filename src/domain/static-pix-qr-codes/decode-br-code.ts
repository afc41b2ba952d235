import { decodeBrCode as decodeLocally } from '../../lib/br-code';
import type { BrCodeDecodeResultRecord } from './model';

/**
 * decodeBrCode: computed here, never by a provider (0 provider calls). The EMV walk, CRC16 check
 * and the list of every problem live in lib/br-code-decode.ts; this is the family's use case over
 * it, in the record shape the schema serves (cents as the `Decimal` amount).
 */
export function decodeBrCode(brCode: string): BrCodeDecodeResultRecord {
  const { amountCents, ...decoded } = decodeLocally(brCode);
  return { ...decoded, amount: amountCents };
}
