/** Astra Pix Checkout wire shapes (ASM-A30…A35). Field names as Astra spells them. */

export interface AstraPixKeyWire {
  type: string;
  value: string;
}

export interface AstraDebitAccountWire {
  agency: string;
  account: string;
  accountType: string;
  accountDigit: string;
}

/** ASM-A30 create body. Amounts in decimal reais. */
export interface AstraCreateCheckoutBody {
  checkoutId: string;
  debitAccount: AstraDebitAccountWire;
  payments: Array<{
    paymentId: string;
    pixKey: AstraPixKeyWire;
    amount: number;
    beneficiaryName: string;
    description?: string;
    paymentDate?: string;
    userReference?: string;
  }>;
  userReference?: string;
}

/** ASM-A30 create answer (a subset of the details). */
export interface AstraCreateCheckoutWire {
  checkoutId: string;
  status: string;
  totalPayments: number;
  totalAmount: number;
  createdAt: string | null;
}

/** ASM-A31 details (also the release and cancel answers, ASM-A33/A34). */
export interface AstraCheckoutWire extends AstraCreateCheckoutWire {
  debitAccount?: AstraDebitAccountWire | null;
  processedPayments?: number;
  processedAmount?: number;
  releasedAt?: string | null;
  completedAt?: string | null;
  canceledAt?: string | null;
  userReference?: string | null;
}

/** ASM-A32 payment item. */
export interface AstraCheckoutPaymentWire {
  paymentId: string;
  pixKey: AstraPixKeyWire | null;
  amount: number;
  beneficiaryName: string;
  description: string | null;
  paymentDate: string | null;
  userReference: string | null;
  status: string;
  endToEndId: string | null;
  processedAt: string | null;
  failureReason: string | null;
}
