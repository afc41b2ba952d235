import type { ReceivedPix, StoredCharge, StoredRefund, StoredWebhook } from './model';

/** Everything the simulator holds, in memory, for one receiver (one `pixKey`). */
export class PixApiStore {
  /** Charges by txid: `cob` and `cobv` share one txid space (unique per receiver, `TxId`). */
  readonly charges = new Map<string, StoredCharge>();
  /** Location id → txid of the charge that uses it. */
  readonly locations = new Map<number, string>();
  readonly pix = new Map<string, ReceivedPix>();
  /** Refunds by `<e2eid>/<id>`. */
  readonly refunds = new Map<string, StoredRefund>();
  readonly webhooks = new Map<string, StoredWebhook>();
  private nextLocationId = 1000;

  allocateLocationId(): number {
    while (this.locations.has(this.nextLocationId)) this.nextLocationId++;
    return this.nextLocationId++;
  }

  refund(e2eid: string, id: string): StoredRefund | undefined {
    return this.refunds.get(`${e2eid}/${id}`);
  }

  refundsOf(pix: ReceivedPix): StoredRefund[] {
    return pix.devolucoes.map((id) => this.refund(pix.endToEndId, id)).filter((refund): refund is StoredRefund => refund !== undefined);
  }

  clear(): void {
    this.charges.clear();
    this.locations.clear();
    this.pix.clear();
    this.refunds.clear();
    this.webhooks.clear();
  }
}
