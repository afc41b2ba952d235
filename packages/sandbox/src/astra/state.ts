import type { SimClock } from '../shared/sim-clock';
import type { ChargeStatus, DebtorWire, PayerWire, RefundStatus, WebhookType } from './wire';

/** In-memory records. Money in integer cents, instants in epoch ms of the simulator clock. */
export interface ChargeRecord {
  seq: number;
  txid: string;
  status: ChargeStatus;
  amountCents: number;
  expiration: number;
  description: string | null;
  userReference: string | null;
  debtor: DebtorWire | null;
  validateDebtor: boolean;
  emv: string;
  createdAtMs: number;
  expiresAtMs: number;
  payment: PaymentRecord | null;
  /** Sum of completed refunds (ASM-A20). */
  refundedCents: number;
}

export interface PaymentRecord {
  endToEndId: string;
  amountCents: number;
  paidAtMs: number;
  payer: PayerWire;
}

export interface RefundRecord {
  seq: number;
  refundId: string;
  txid: string;
  endToEndId: string;
  devolutionEndToEndId: string | null;
  amountCents: number;
  description: string | null;
  status: RefundStatus;
  failureReason: string | null;
  createdAtMs: number;
  refundedAtMs: number | null;
}

export interface WebhookRecord {
  seq: number;
  id: string;
  url: string;
  type: WebhookType;
  createdAtMs: number;
  updatedAtMs: number;
}

export interface DeliveryRecord {
  seq: number;
  id: string;
  webhookId: string;
  type: WebhookType;
  url: string;
  attempt: number;
  success: boolean;
  httpStatus: number | null;
  errorMessage: string | null;
  payload: unknown;
  attemptedAtMs: number;
}

/** Keeps long benchmark runs from growing the delivery log without bound. */
const DELIVERY_LOG_LIMIT = 10_000;

export class AstraStore {
  readonly charges = new Map<string, ChargeRecord>();
  readonly refunds = new Map<string, RefundRecord>();
  readonly webhooks = new Map<string, WebhookRecord>();
  /** Ids of every webhook ever created: delivery records outlive their webhook (ASM-A18). */
  readonly knownWebhookIds = new Set<string>();
  readonly deliveries: DeliveryRecord[] = [];
  private readonly refundIdsByTxid = new Map<string, string[]>();
  private sequence = 0;

  constructor(private readonly clock: SimClock) {}

  nextSeq(): number {
    return ++this.sequence;
  }

  /** A charge with its status brought up to date (ASM-A20 expiry, evaluated lazily). */
  charge(txid: string): ChargeRecord | undefined {
    const charge = this.charges.get(txid);
    return charge && this.refresh(charge);
  }

  allCharges(): ChargeRecord[] {
    const now = this.clock.nowMs();
    return [...this.charges.values()].map((charge) => this.refresh(charge, now));
  }

  /** ASM-A25: unpaid charges become EXPIRED at `expiresAt`; terminal states never move back. */
  refresh(charge: ChargeRecord, now = this.clock.nowMs()): ChargeRecord {
    if (charge.status === 'ACTIVE' && now >= charge.expiresAtMs) charge.status = 'EXPIRED';
    return charge;
  }

  expireDue(): void {
    this.allCharges();
  }

  addRefund(refund: RefundRecord): void {
    this.refunds.set(refund.refundId, refund);
    const ids = this.refundIdsByTxid.get(refund.txid) ?? [];
    ids.push(refund.refundId);
    this.refundIdsByTxid.set(refund.txid, ids);
  }

  refundsOf(txid: string): RefundRecord[] {
    return (this.refundIdsByTxid.get(txid) ?? []).map((id) => this.refunds.get(id) as RefundRecord);
  }

  /** ASM-A17: at most one webhook per type. */
  webhookOfType(type: WebhookType): WebhookRecord | undefined {
    for (const webhook of this.webhooks.values()) if (webhook.type === type) return webhook;
    return undefined;
  }

  recordDelivery(record: DeliveryRecord): void {
    if (this.deliveries.length >= DELIVERY_LOG_LIMIT) this.deliveries.shift();
    this.deliveries.push(record);
  }
}
