import type { SimResponse } from '../shared/sim-server';
import type { PixApiContext } from './context';
import { isAmount, toCents } from './money';
import { currentContent, type ChargeKind } from './model';
import { payCharge } from './payments';

/**
 * ASM-X55, the sandbox convention of the other simulators (Astra ASM-A25, Pagstar ASM-P04): a cob
 * created with `valor.original` ending in `.01` (x.01, not x.11) is paid by the simulator itself
 * `sandboxDelayMs` later, through `payCharge` (default payer, the amount due), so the charge becomes
 * CONCLUIDA and the callback fires as for any payment. Only a new cob (201): never a cobv, a
 * repeated PUT or a revision. A charge removed or expired meanwhile is left as it is.
 */
export function autoPayOnCreate(ctx: PixApiContext, kind: ChargeKind, txid: string, created: SimResponse): SimResponse {
  const charge = created.status === 201 ? ctx.store.charges.get(txid) : undefined;
  if (kind !== 'cob' || !charge) return created;
  const original = currentContent(charge).valor.original;
  if (!isAmount(original) || toCents(original) % 100 !== 1) return created;
  ctx.autoPays.add(txid);
  ctx.scheduler.after(ctx.sandboxDelayMs, () => {
    ctx.autoPays.delete(txid);
    payCharge(ctx, txid);
  });
  return created;
}
