import type { SimRequest, SimResponse } from '../shared/sim-server';
import type { SimRouter } from '../shared/sim-router';
import { parseCreateCharge } from './charge-input';
import { fail, type AstraContext } from './context';
import { ok } from './errors';
import { toChargeWire } from './serialize';
import { inRange, newestFirst, paginate, readDateRange, readEnumQuery, readPaging } from './validation';
import { CHARGE_STATUSES } from './wire';

const DOCUMENT = /^(\d{11}|\d{14})$/;

/** Pix Charge dynamic QR endpoints (ASM-A19, ASM-A21, ASM-A22). */
export function registerChargeRoutes(router: SimRouter, ctx: AstraContext): void {
  router.add('POST', '/charge/v1/dynamic', (req) => createCharge(ctx, req));
  router.add('GET', '/charge/v1/dynamic/:txid', (req) => consultCharge(ctx, req));
  router.add('GET', '/charge/v1/dynamic', (req) => listCharges(ctx, req));
}

function createCharge(ctx: AstraContext, req: SimRequest): SimResponse {
  const parsed = parseCreateCharge(req.body);
  if (parsed.problems) return fail(ctx, 400, req, parsed.problems);
  return ok(toChargeWire(ctx.pix.createCharge(parsed.value)));
}

/** ASM-A21: unknown txid in the path → 404 (ASM-A08). */
function consultCharge(ctx: AstraContext, req: SimRequest): SimResponse {
  const charge = ctx.store.charge(req.params.txid);
  if (!charge) return fail(ctx, 404, req, [`Charge ${req.params.txid} not found`]);
  return ok(toChargeWire(charge));
}

/** ASM-A22: exact-match filters ANDed; `document` matches either debtor document; dates on createdAt. */
function listCharges(ctx: AstraContext, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const range = readDateRange(req.query, problems);
  const status = readEnumQuery(req.query, 'status', CHARGE_STATUSES, problems);
  const document = req.query.get('document');
  if (document !== null && !DOCUMENT.test(document)) problems.push('document must be a CPF (11 digits) or a CNPJ (14 digits)');
  const userReference = req.query.get('userReference');
  if (problems.length > 0) return fail(ctx, 400, req, problems);

  const matches = ctx.store
    .allCharges()
    .filter(
      (charge) =>
        inRange(charge.createdAtMs, range) &&
        (status === undefined || charge.status === status) &&
        (userReference === null || charge.userReference === userReference) &&
        (document === null || charge.debtor?.naturalPersonIdentification === document || charge.debtor?.legalPersonIdentification === document),
    );
  return ok(
    paginate(
      newestFirst(matches, (charge) => charge.createdAtMs),
      paging,
      toChargeWire,
    ),
  );
}
