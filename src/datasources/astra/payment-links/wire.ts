/** Astra payment-link wire shapes (ASM-A26…A28). Field names as Astra spells them. */

export interface AstraLinkStatusWire {
  code: number;
  description: string | null;
}

export interface AstraInstallmentOptionWire {
  numberInstallments: number;
  installmentAmount: number;
  totalAmount: number;
}

export interface AstraLinkPaymentWire {
  paymentId: string;
  paymentMethod: string;
  paymentReceipt: string | null;
  paymentDate: string | null;
  amount: number;
}

/** ASM-A26 payment-link object (create, search and list). */
export interface AstraPaymentLinkWire {
  linkPaymentUuid: string;
  payerName: string | null;
  registrationNumber: string | null;
  amount: number;
  numbersInstallments: number;
  status: AstraLinkStatusWire;
  urlPayment: string | null;
  description: string | null;
  verificationToken: number | null;
  installmentsOptions: AstraInstallmentOptionWire[] | null;
  userReference: string | null;
  expirationDays: number | null;
  expirationDate: string | null;
  createdAt: string | null;
  payment: AstraLinkPaymentWire | null;
}

/** The create body (ASM-A26). */
export interface AstraCreateLinkBody {
  payerName: string;
  registrationNumber: string;
  amount: number;
  numbersInstallments: number;
  description?: string;
  userReference?: string;
  expirationDays?: number;
}
