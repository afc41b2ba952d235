import type { ProviderHttp } from '../../http/provider-http';
import type { ChargeRef } from '../../../domain/refunds/port';
import type { PixRefundRecord } from '../../../domain/refunds/model';
import { ASTRA_ASSUMPTIONS as A } from '../assumptions';
import { brasiliaDay } from '../../../lib/brasilia-calendar';
import type { AstraPage } from '../wire';
import { refundFromWire } from './transformers';
import type { AstraRefundWire } from './wire';

/**
 * Refunds of several charges without one call per charge. Astra's refund list filters by one
 * txid only (ASM-A23), so for a batch Paygraph lists every refund created since the oldest
 * charge of the batch (refunds are always newer than their charge) and groups them by txid:
 * 50 charges → usually 1 call instead of 50. A single charge, or a window too large to scan
 * in `refundScanMaxPages`, uses the per-txid filter.
 */
export async function refundsOfCharges(http: ProviderHttp, charges: ChargeRef[], now: Date): Promise<Map<string, PixRefundRecord[]>> {
  const result = new Map<string, PixRefundRecord[]>(charges.map((charge) => [charge.txid, []]));
  if (charges.length === 0) return result;
  const oldest = oldestCreatedAt(charges);
  if (charges.length > 1 && oldest) {
    const scanned = await scanWindow(http, oldest, now);
    if (scanned) {
      for (const refund of scanned) result.get(refund.chargeTxid)?.push(refund);
      return result;
    }
  }
  await Promise.all(
    charges.map(async (charge) => {
      result.set(charge.txid, (await listAll(http, { txid: charge.txid })) ?? []);
    }),
  );
  return result;
}

function oldestCreatedAt(charges: ChargeRef[]): Date | null {
  let oldest: Date | null = null;
  for (const charge of charges) {
    if (!charge.createdAt) return null; // unknown creation date: cannot bound the window
    if (!oldest || charge.createdAt < oldest) oldest = charge.createdAt;
  }
  return oldest;
}

/** Every refund created in [from, now], or null when that takes more than the page budget. */
function scanWindow(http: ProviderHttp, from: Date, now: Date): Promise<PixRefundRecord[] | null> {
  const filters = { startDate: brasiliaDay(from), endDate: brasiliaDay(now) };
  return listAll(http, filters, A.refundScanMaxPages);
}

/** Every page of one filtered list (pages 2… in parallel); null when it has more than `maxPages`. */
async function listAll(http: ProviderHttp, filters: Record<string, string>, maxPages = Infinity): Promise<PixRefundRecord[] | null> {
  const first = await listPage(http, filters, 0);
  if (first.totalPages > maxPages) return null;
  const rest = await Promise.all(Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, i) => listPage(http, filters, i + 1)));
  return [first, ...rest].flatMap((page) => page.content.map(refundFromWire));
}

async function listPage(http: ProviderHttp, filters: Record<string, string>, page: number): Promise<AstraPage<AstraRefundWire>> {
  const response = await http.get<AstraPage<AstraRefundWire>>(A.paths.refunds, {
    searchParams: { ...filters, page, size: A.maxPageSize },
  });
  return response.body;
}
