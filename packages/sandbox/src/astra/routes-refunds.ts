import type { SimRequest, SimResponse } from '../shared/sim-server';
import type { SimRouter } from '../shared/sim-router';
import { fail, type AstraContext } from './context';
import { ok } from './errors';
import { toRefundWire } from './serialize';
import type { ChargeRecord } from './state';
import { formatReais, inRange, isObject, newestFirst, paginate, readDateRange, readEnumQuery, readMoney, readPaging, readString } from './validation';
import { REFUND_STATUSES } from './wire';

/** Pix charge refunds (ASM-A23). */
export function registerRefundRoutes(router: SimRouter, ctx: AstraContext): void {
  router.add('POST', '/charge/v1/refund', (req) => requestRefund(ctx, req));
  router.add('GET', '/charge/v1/refund/:refundId', (req) => consultRefund(ctx, req));
  router.add('GET', '/charge/v1/refund', (req) => listRefunds(ctx, req));
}

function requestRefund(ctx: AstraContext, req: SimRequest): SimResponse {
  if (!isObject(req.body)) return fail(ctx, 400, req, ['Request body must be a JSON object']);
  const body = req.body;
  const problems: string[] = [];
  let charge: ChargeRecord | undefined;
  if (typeof body.txid !== 'string' || body.txid.length === 0) problems.push('txid is required');
  // ASM-A08: an unknown id inside a body is a 400, not a 404.
  else if (!(charge = ctx.store.charge(body.txid))) problems.push(`Charge ${body.txid} not found`);
  const amountCents = readMoney(body, 'amount', problems, false);
  const description = readString(body, 'description', 140, problems);
  if (problems.length > 0 || !charge) return fail(ctx, 400, req, problems);

  if (charge.status !== 'PAID' && charge.status !== 'PARTIALLY_REFUNDED') {
    return fail(ctx, 400, req, [`Charge status ${charge.status} does not allow refund`]);
  }
  const refundable = ctx.pix.refundableCents(charge);
  if (refundable <= 0) return fail(ctx, 400, req, ['Charge has no refundable amount left']);
  // ASM-A23: amount defaults to the whole remaining refundable amount.
  const cents = amountCents ?? refundable;
  if (cents > refundable) {
    return fail(ctx, 400, req, [`amount ${formatReais(cents)} exceeds the refundable amount ${formatReais(refundable)}`]);
  }
  return ok(toRefundWire(ctx.pix.requestRefund(charge, cents, description)));
}

function consultRefund(ctx: AstraContext, req: SimRequest): SimResponse {
  const refund = ctx.store.refunds.get(req.params.refundId);
  if (!refund) return fail(ctx, 404, req, [`Refund ${req.params.refundId} not found`]);
  return ok(toRefundWire(refund));
}

function listRefunds(ctx: AstraContext, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const range = readDateRange(req.query, problems);
  const status = readEnumQuery(req.query, 'status', REFUND_STATUSES, problems);
  const txid = req.query.get('txid');
  if (txid !== null && !ctx.store.charges.has(txid)) problems.push(`Charge ${txid} not found`);
  if (problems.length > 0) return fail(ctx, 400, req, problems);

  const source = txid === null ? [...ctx.store.refunds.values()] : ctx.store.refundsOf(txid);
  const matches = source.filter((refund) => inRange(refund.createdAtMs, range) && (status === undefined || refund.status === status));
  return ok(
    paginate(
      newestFirst(matches, (refund) => refund.createdAtMs),
      paging,
      toRefundWire,
    ),
  );
}
