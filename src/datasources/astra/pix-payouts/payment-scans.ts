import type { PixPayoutRecord, PixPayoutStatus } from '../../../domain/pix-payouts/model';
import type { PixPayoutPort } from '../../../domain/pix-payouts/port';
import { FreshReads } from './fresh-reads';

const PAGE = 100;

/**
 * Finds one payment of a batch in a status. Astra's payments endpoint filters by status but not by
 * payment id (ASM-A32), so the batch's payments in that status are scanned page by page; scans
 * are shared by confirmations that arrive together (FreshReads: never one that began earlier).
 */
export class PaymentScans {
  private readonly scans: FreshReads<Map<string, PixPayoutRecord>>;

  constructor(private readonly payouts: PixPayoutPort) {
    this.scans = new FreshReads((key) => {
      const [batchId, status] = key.split('\u0000');
      return this.scanAll(batchId, status as PixPayoutStatus);
    });
  }

  async find(batchId: string, paymentId: string, status: PixPayoutStatus): Promise<PixPayoutRecord | undefined> {
    return (await this.scans.get(`${batchId}\u0000${status}`)).get(paymentId);
  }

  private async scanAll(batchId: string, status: PixPayoutStatus): Promise<Map<string, PixPayoutRecord>> {
    const found = new Map<string, PixPayoutRecord>();
    for (let offset = 0; ; offset += PAGE) {
      const page = await this.payouts.listPayments(batchId, { offset, limit: PAGE, status });
      for (const payment of page.items) found.set(payment.paymentId, payment);
      if (!page.hasNextPage || page.items.length === 0) return found;
    }
  }
}
