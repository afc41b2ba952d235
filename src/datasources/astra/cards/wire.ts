/** ASM-A45 transaction object (card data masked by Astra itself). */
export interface AstraCardTransactionWire {
  transactionId: string;
  nsu: string | null;
  authorizationCode: string | null;
  status: string;
  returnCode: string | null;
  returnMessage: string | null;
  amount: number;
  numberInstallments: number;
  typePayment: string;
  cardBrand: string;
  maskedCardNumber: string;
  nameCreditCard: string | null;
  document: string | null;
  description: string | null;
  userReference: string | null;
  cardToken: string | null;
  recurrenceId: string | null;
  scheduleId: string | null;
  createdAt: string | null;
  canceledAt: string | null;
}

/** ASM-A50 tokenized-card object. */
export interface AstraTokenizedCardWire {
  cardToken: string;
  cardBrand: string;
  maskedCardNumber: string;
  nameCreditCard: string;
  expirationDate: string;
  document: string | null;
  userReference: string | null;
  createdAt: string | null;
}
