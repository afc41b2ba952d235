import type { PixPayoutRecord, PixPayoutStatus } from '../../../domain/pix-payouts/model';
import type { PixPayoutPort } from '../../../domain/pix-payouts/port';

const PAGE = 100;

/**
 * Finds one payment of a batch in a status. Astra's payments endpoint filters by status but not by
 * payment id (ASM-A32), so a batch is scanned page by page. A batch's payments are finished
 * together (ASM-A35), so its deliveries arrive in a burst: confirmations that arrive while a scan
 * of the same (batch, status) is running share it, and only a miss in a shared scan (which may
 * have started just before the payment was processed) pays for a scan of its own.
 */
export class PaymentScans {
  private readonly running = new Map<string, Promise<Map<string, PixPayoutRecord>>>();

  constructor(private readonly payouts: PixPayoutPort) {}

  async find(batchId: string, paymentId: string, status: PixPayoutStatus): Promise<PixPayoutRecord | undefined> {
    const key = `${batchId}\u0000${status}`;
    const shared = this.running.get(key);
    if (shared) {
      const found = (await shared).get(paymentId);
      if (found) return found;
    }
    return (await this.scan(key, batchId, status)).get(paymentId);
  }

  private scan(key: string, batchId: string, status: PixPayoutStatus): Promise<Map<string, PixPayoutRecord>> {
    const scan = this.scanAll(batchId, status).finally(() => {
      if (this.running.get(key) === scan) this.running.delete(key);
    });
    this.running.set(key, scan);
    return scan;
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
