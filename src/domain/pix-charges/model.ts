import type { ProviderCode } from '../../providers';
import type { MoneyValue, PartyRecord } from '../models';

export enum PixChargeStatus {
  ACTIVE = 'ACTIVE',
  PAID = 'PAID',
  EXPIRED = 'EXPIRED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  /** The provider reported a status Paygraph does not know yet; see `providerStatus`. */
  UNKNOWN = 'UNKNOWN',
}

export interface PixChargeRecord {
  __typename: 'PixCharge';
  id: string;
  provider: ProviderCode;
  txid: string;
  status: PixChargeStatus;
  providerStatus: string | null;
  amount: MoneyValue;
  amountRefunded: MoneyValue;
  description: string | null;
  reference: string | null;
  debtor: PartyRecord | null;
  payer: PartyRecord | null;
  brCode: string | null;
  checkoutUrl: string | null;
  createdAt: Date | null;
  expiresAt: Date | null;
  paidAt: Date | null;
  endToEndId: string | null;
  /** Every Pix received for this charge, when the provider lists them (API Pix: the cob's `pix`); absent otherwise. */
  payments?: ReceivedPixRecord[];
}

/** One Pix received for a charge (GraphQL `ReceivedPix`). */
export interface ReceivedPixRecord {
  endToEndId: string;
  amount: MoneyValue;
  paidAt: Date | null;
  payer: PartyRecord | null;
  /** The payer's free text (`infoPagador`). */
  payerMessage: string | null;
}
