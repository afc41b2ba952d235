/** ASM-A48 recurrence object (card data masked by Astra itself). */
export interface AstraCardRecurrenceWire {
  recurrenceId: string;
  status: string;
  cancelReason: string | null;
  recurrenceType: string;
  recurrenceFrequency: string;
  startDate: string;
  numberInstallments: number | null;
  executedInstallments: number;
  nextScheduleDate: string | null;
  amount: number;
  maxAttempts: number;
  cardBrand: string;
  maskedCardNumber: string;
  nameCreditCard: string | null;
  document: string | null;
  description: string | null;
  userReference: string | null;
  infoData: Record<string, string> | null;
  createdAt: string | null;
  canceledAt: string | null;
}

/** ASM-A49 schedule object. */
export interface AstraCardScheduleWire {
  scheduleId: string;
  recurrenceId: string;
  installmentNumber: number;
  scheduledDate: string;
  amount: number;
  status: string;
  attempts: number;
  transactionId: string | null;
  paidAt: string | null;
  updatedAt: string | null;
}
