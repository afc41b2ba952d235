/** Astra Pix charge wire shapes (ASM-A19…A21, docs/providers.md). Field names as Astra spells them. */

export interface AstraDebtorWire {
  name: string | null;
  naturalPersonIdentification: string | null;
  legalPersonIdentification: string | null;
}

export interface AstraPaymentWire {
  endToEndId: string;
  amount: number;
  paymentDate: string;
  payer: { documentNumber: string | null; name: string | null } | null;
}

/** ASM-A20 charge object. */
export interface AstraChargeWire {
  txid: string;
  status: string;
  amount: number;
  expiration: number;
  description: string | null;
  userReference: string | null;
  debtor: AstraDebtorWire | null;
  validateDebtor: boolean;
  emv: string | null;
  createdAt: string | null;
  expiresAt: string | null;
  payment: AstraPaymentWire | null;
  refundedAmount: number | null;
}

/** ASM-A19 create body. */
export interface AstraCreateChargeBody {
  amount: number;
  expiration?: number;
  description?: string;
  userReference?: string;
  debtor?: { name?: string; naturalPersonIdentification?: string; legalPersonIdentification?: string };
  validateDebtor?: boolean;
}
