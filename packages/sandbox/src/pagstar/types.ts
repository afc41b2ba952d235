/** Integer statuses of GET details and of transfers (ASM-P06, ASM-P09). 1 and 2 are terminal. */
export const STATUS = { pending: 0, paid: 1, cancelled: 2 } as const;
export type PagstarStatus = (typeof STATUS)[keyof typeof STATUS];

interface StoredTransaction {
  /** Pagstar's internal numeric id (GET details `id`). */
  id: number;
  /** Pagstar's UUID v4 reference, the key of every status route. */
  reference: string;
  cents: number;
  /** The partner's own id from the request, echoed in deliveries (`null` when absent). */
  transactionId: string | null;
  status: PagstarStatus;
  createdAtMs: number;
  updatedAtMs: number;
}

export interface Deposit extends StoredTransaction {
  type: 'payment';
  tenantId: string;
  callback: string | null;
  pixKey: string;
  expirationDateMs: number;
  /** ASM-P04: `.01` deposits are paid at this clock time; undefined for every other value. */
  autoPayAtMs?: number;
  payerName?: string;
  payerDocument?: string;
  description?: string;
  email?: string;
}

export interface Transfer extends StoredTransaction {
  type: 'transfer';
  pixKey: string;
  pixKeyType: string;
  customerDocument: string;
  /** ASM-P09: the transfer settles at this clock time, to `outcome`. */
  settleAtMs: number;
  outcome: PagstarStatus;
  end2end: string | null;
}

export type PagstarTransaction = Deposit | Transfer;

/** The one delivery body for every event (ASM-P08). */
export interface PagstarWebhookPayload {
  status: 'approved' | 'cancelled';
  type: 'payment' | 'transfer';
  value: number;
  external_reference: string;
  transaction_id: string | null;
  end2end: string | null;
  user_id: null;
  created_at: string;
  updated_at: string;
}

/** One delivery attempt (a failing event produces up to 1 + retries records). */
export interface DeliveryRecord {
  /** Same id for all attempts of one event. */
  deliveryId: number;
  /** 1-based. */
  attempt: number;
  url: string;
  payload: PagstarWebhookPayload;
  /** Receiver's HTTP status; 0 when the request failed (refused, reset, timeout). */
  status: number;
  ok: boolean;
  error?: string;
  /** Simulator clock time the attempt started (ISO-8601). */
  at: string;
  durationMs: number;
}
