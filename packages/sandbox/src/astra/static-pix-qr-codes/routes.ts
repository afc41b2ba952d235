import type { SimRouter } from '../../shared/sim-router';
import type { SimRequest, SimResponse } from '../../shared/sim-server';
import { fail, type AstraContext } from '../context';
import { ok } from '../errors';
import { has, isObject, readMoney, readString, reais, type JsonObject } from '../validation';
import { createStaticBrCode, readBrCode, staticDescriptionRoom } from './br-code';

/** ASM-A24: the client account's key and receiver, configuration values in the simulator. */
export interface StaticQrAccount {
  pixKey: string;
  merchantName: string;
  merchantCity: string;
}

export const SANDBOX_STATIC_QR_ACCOUNT: StaticQrAccount = {
  pixKey: 'b6a3c1d2-7e8f-4a9b-8c0d-1e2f3a4b5c6d',
  merchantName: 'ASTRA SANDBOX',
  merchantCity: 'SAO PAULO',
};

const DESCRIPTION_MAX = 72;
const USER_REFERENCE = /^[A-Za-z0-9]{1,25}$/;

/** Static QR generate and read (endpoints 14 and 15, ASM-A24). Counters and faults come with the router. */
export function registerStaticPixQrCodeRoutes(router: SimRouter, ctx: Pick<AstraContext, 'clock'>, account = SANDBOX_STATIC_QR_ACCOUNT): void {
  router.add('POST', '/charge/v1/static', (req) => generate(ctx, req, account));
  router.add('POST', '/charge/v1/static/read', (req) => read(ctx, req));
}

function generate(ctx: Pick<AstraContext, 'clock'>, req: SimRequest, account: StaticQrAccount): SimResponse {
  // Every field is optional, so an empty body is a valid request.
  const body: unknown = req.body ?? {};
  if (!isObject(body)) return fail(ctx, 400, req, ['Request body must be a JSON object']);
  const problems: string[] = [];
  const amountCents = readMoney(body, 'amount', problems, false);
  const description = readString(body, 'description', DESCRIPTION_MAX, problems);
  const userReference = readUserReference(body, problems);
  if (problems.length > 0) return fail(ctx, 400, req, problems);

  const emv = createStaticBrCode({
    ...account,
    amountCents,
    txid: userReference ?? undefined,
    description: description === null ? undefined : encodableDescription(description, account.pixKey),
  });
  return ok({
    emv,
    pixKey: account.pixKey,
    merchantName: account.merchantName,
    merchantCity: account.merchantCity,
    amount: amountCents === undefined ? null : reais(amountCents),
    description,
    userReference,
    createdAt: ctx.clock.now().toISOString(),
  });
}

/** Works for any static BR Code; unparseable, bad CRC or dynamic → 400 (ASM-A24). */
function read(ctx: Pick<AstraContext, 'clock'>, req: SimRequest): SimResponse {
  const body = req.body;
  if (!isObject(body) || !has(body, 'emv')) return fail(ctx, 400, req, ['emv is required']);
  if (typeof body.emv !== 'string') return fail(ctx, 400, req, ['emv must be a string']);
  const decoded = readBrCode(body.emv);
  if (decoded.kind === 'INVALID')
    return fail(
      ctx,
      400,
      req,
      decoded.errors.map((error) => `emv ${error}`),
    );
  if (decoded.kind === 'DYNAMIC') return fail(ctx, 400, req, ['emv is a dynamic BR Code (no Pix key): only static codes can be read']);
  const { code } = decoded;
  return ok({
    pixKey: code.pixKey,
    merchantName: code.merchantName,
    merchantCity: code.merchantCity,
    amount: code.amountCents === null ? null : reais(code.amountCents),
    description: code.description,
    userReference: code.txid,
  });
}

function readUserReference(body: JsonObject, problems: string[]): string | null {
  if (!has(body, 'userReference')) return null;
  const value = body.userReference;
  if (typeof value === 'string' && USER_REFERENCE.test(value)) return value;
  problems.push('userReference must be 1-25 characters from [A-Za-z0-9]');
  return null;
}

/**
 * ASM-A24 allows 72 characters, but next to the account's key the BR Code's merchant template
 * (≤ 99) has room for fewer (37 with a UUID key). The contract does not say what Astra writes, so
 * the simulator writes what fits, without accents; the answer echoes the full description.
 */
function encodableDescription(description: string, pixKey: string): string | undefined {
  const text = description
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '');
  return text.slice(0, staticDescriptionRoom(pixKey)) || undefined;
}
