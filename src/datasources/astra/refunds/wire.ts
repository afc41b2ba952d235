/** Astra Pix refund wire shape (ASM-A23). */

/** ASM-A23 refund object. */
export interface AstraRefundWire {
  refundId: string;
  txid: string;
  endToEndId: string | null;
  devolutionEndToEndId: string | null;
  amount: number;
  description: string | null;
  status: string;
  failureReason: string | null;
  createdAt: string | null;
  refundedAt: string | null;
}
