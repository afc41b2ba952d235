import type { BrCodeKind } from '../../lib/br-code';
import type { ProviderCode } from '../../providers';
import type { MoneyValue } from '../models';

/**
 * A static Pix QR code as its provider made it: a BR Code carrying a Pix key (the merchant
 * account's, not the caller's) that any number of payers can pay. It is a value, not a resource:
 * Astra keeps nothing to read back (ASM-A24 has no GET), so it has no id and is not a `Node`.
 */
export interface StaticPixQrCodeRecord {
  provider: ProviderCode;
  /** The Pix "copia e cola" payload. */
  brCode: string;
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  /** Null: the payer types the amount. */
  amount: MoneyValue | null;
  description: string | null;
  /** The caller's reference, written into the BR Code's txid field (tag 62-05). */
  reference: string | null;
  createdAt: Date | null;
}

/** What a provider is asked to create, after validation (integer cents, never a float). */
export interface CreateStaticPixQrCodeCommand {
  amountCents?: number;
  description?: string;
  reference?: string;
}

/** `decodeBrCode`: what a BR Code says, and every reason it is not a valid Pix code. */
export interface BrCodeDecodeResultRecord {
  valid: boolean;
  errors: string[];
  /** Non-ASCII text, a CRC over ISO-8859-1, lengths in code points: readable, worth knowing. */
  warnings: string[];
  kind: BrCodeKind | null;
  pixKey: string | null;
  /** Integer cents (the public `Decimal`). */
  amount: number | null;
  merchantName: string | null;
  merchantCity: string | null;
  description: string | null;
  txid: string | null;
  url: string | null;
}
