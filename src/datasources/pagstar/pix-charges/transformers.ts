import { centsToReais, reaisToCents } from '../../../lib/money';
import { encodeGlobalId } from '../../../lib/global-id';
import { brl } from '../../../domain/models';
import { PixChargeStatus, type PixChargeRecord } from '../../../domain/pix-charges/model';
import type { CreatePixChargeCommand } from '../../../domain/pix-charges/port';
import { PAGSTAR_ASSUMPTIONS as A } from '../assumptions';
import { parseLaravelDate } from '../transformers';
import type { PagstarCreateDepositBody, PagstarCreatedDepositWire, PagstarTransactionWire } from './wire';

/** ASM-P06 integer statuses. */
export type PagstarStatusCode = (typeof A.status)[keyof typeof A.status];

/**
 * ASM-P06 → PixChargeStatus, exhaustive over the known codes (the `Record` key type makes a
 * missing code a compile error). 2 is "cancelled — unpaid; set 1 hour after expiration_date":
 * Pagstar sets it itself when the deposit ran out of time (there is no cancel endpoint), so it is
 * an expiry → EXPIRED, not a merchant cancellation. Anything else → UNKNOWN (ASM-P03).
 */
const CHARGE_STATUS: Record<PagstarStatusCode, PixChargeStatus> = {
  [A.status.pending]: PixChargeStatus.ACTIVE,
  [A.status.paid]: PixChargeStatus.PAID,
  [A.status.cancelled]: PixChargeStatus.EXPIRED,
};

/** ASM-P08 webhook status strings → the status the delivery claims (confirmed by GET before use). */
const WEBHOOK_STATUS: Record<(typeof A.webhook)['approved' | 'cancelled'], PixChargeStatus> = {
  [A.webhook.approved]: PixChargeStatus.PAID,
  [A.webhook.cancelled]: PixChargeStatus.EXPIRED,
};

/** What HEAD `/check` says (ASM-P07); `other` for any code the contract does not define. */
export type CheckState = 'paid' | 'pending' | 'cancelled' | 'unknown' | 'other';

const CHECK_STATE: Record<number, CheckState> = {
  [A.checkCodes.paid]: 'paid',
  [A.checkCodes.pending]: 'pending',
  [A.checkCodes.cancelled]: 'cancelled',
  [A.checkCodes.unknown]: 'unknown',
};

export function checkStateFromHttp(status: number): CheckState {
  return CHECK_STATE[status] ?? 'other';
}

/** Integer status (or its numeric string, Laravel sometimes serialises them so) → normalized + raw. */
export function chargeStatusFromWire(raw: unknown): { status: PixChargeStatus; providerStatus: string | null } {
  const code = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : NaN;
  const status = Object.prototype.hasOwnProperty.call(CHARGE_STATUS, code) ? CHARGE_STATUS[code as PagstarStatusCode] : PixChargeStatus.UNKNOWN;
  return { status, providerStatus: rawStatus(raw) };
}

export function webhookStatusFromWire(raw: unknown): PixChargeStatus {
  if (typeof raw !== 'string') return PixChargeStatus.UNKNOWN;
  const key = raw.toLowerCase();
  return Object.prototype.hasOwnProperty.call(WEBHOOK_STATUS, key) ? WEBHOOK_STATUS[key as keyof typeof WEBHOOK_STATUS] : PixChargeStatus.UNKNOWN;
}

function rawStatus(raw: unknown): string | null {
  if (typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean') return String(raw).slice(0, 64);
  return null;
}

/**
 * GET details (ASM-P06) → PixChargeRecord. Pagstar's object has no description, no
 * transaction_id (our `reference`), no payer, no expiry date, no payment time and no end-to-end
 * id: those are null, never guessed. `partner` is the merchant's own account, not the debtor.
 * `pix_key` is the Pix copy-and-paste string despite its name.
 */
export function chargeFromWire(wire: PagstarTransactionWire): PixChargeRecord {
  const { status, providerStatus } = chargeStatusFromWire(wire.status);
  return {
    __typename: 'PixCharge',
    id: encodeGlobalId('PixCharge', 'PAGSTAR', wire.external_reference),
    provider: 'PAGSTAR',
    txid: wire.external_reference,
    status,
    providerStatus,
    amount: brl(reaisToCents(wire.value)),
    amountRefunded: brl(0),
    description: null,
    reference: null,
    debtor: null,
    payer: null,
    brCode: wire.pix_deposit?.pix_key ?? null,
    checkoutUrl: wire.pix_deposit?.checkout ?? null,
    createdAt: parseLaravelDate(wire.created_at),
    expiresAt: null,
    paidAt: null,
    endToEndId: null,
  };
}

/**
 * Create response (ASM-P05) → PixChargeRecord. The response has no status: a deposit is created
 * pending (ASM-P06 transitions start at 0), so ACTIVE with `providerStatus` null (Pagstar did not
 * say). reference/description/debtor are what Paygraph itself sent; Pagstar's GET does not return
 * them, so a later `node(id)` shows them as null.
 */
export function chargeFromCreated(wire: PagstarCreatedDepositWire, command: CreatePixChargeCommand): PixChargeRecord {
  return {
    __typename: 'PixCharge',
    id: encodeGlobalId('PixCharge', 'PAGSTAR', wire.external_reference),
    provider: 'PAGSTAR',
    txid: wire.external_reference,
    status: PixChargeStatus.ACTIVE,
    providerStatus: null,
    amount: brl(typeof wire.value === 'number' ? reaisToCents(wire.value) : command.amountCents),
    amountRefunded: brl(0),
    description: command.description ?? null,
    reference: command.reference ?? null,
    debtor: command.debtor ? { name: command.debtor.name ?? null, document: command.debtor.document.value } : null,
    payer: null,
    brCode: wire.pix_key ?? null,
    checkoutUrl: wire.checkout ?? null,
    createdAt: null,
    expiresAt: parseLaravelDate(wire.expiration_date),
    paidAt: null,
    endToEndId: null,
  };
}

/**
 * ASM-P05 body. `transaction_id` is always sent (the caller's reference, or a generated one);
 * `name`/`document` travel together; `callback` is Paygraph's notification URL when known.
 */
export function createDepositToWire(command: CreatePixChargeCommand, options: { tenantId: string; transactionId: string; callback: string | undefined }): PagstarCreateDepositBody {
  const body: PagstarCreateDepositBody = {
    value: centsToReais(command.amountCents),
    tenant_id: options.tenantId,
    expiration: command.expiresInSeconds ?? A.charge.defaultExpiresIn,
    transaction_id: command.reference ?? options.transactionId,
  };
  if (options.callback) body.callback = options.callback;
  if (command.debtor?.name) {
    body.name = command.debtor.name;
    body.document = command.debtor.document.value;
  }
  if (command.description !== undefined) body.description = command.description;
  return body;
}
