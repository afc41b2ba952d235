import { ProviderNotFoundError } from '../../errors/domain-errors';
import type { PixPayoutRecord } from './model';
import type { PixPayoutPort } from './port';
import { parsePayoutProviderId, paymentDigest } from './payout-id';

const PAGE = 100;

/**
 * One payment of a batch by its PixPayout provider id (payout-id.ts). The provider reads a batch's
 * payments only as a list (ASM-A32), so this pages through it (a 1,000-payment batch: ten reads at
 * most). Throws ProviderNotFoundError when the batch or the payment does not exist.
 */
export async function findPayout(port: PixPayoutPort, providerId: string): Promise<PixPayoutRecord> {
  const parsed = parsePayoutProviderId(providerId);
  if (!parsed) throw new ProviderNotFoundError('No such Pix payout.', { provider: port.code });
  for (let offset = 0; ; offset += PAGE) {
    const page = await port.listPayments(parsed.batchId, { offset, limit: PAGE });
    const found = page.items.find((payment) => paymentDigest(payment.paymentId) === parsed.digest);
    if (found) return found;
    if (!page.hasNextPage || page.items.length === 0) throw new ProviderNotFoundError('No such Pix payout.', { provider: port.code });
  }
}
