import type { SimRouter } from '../../shared/sim-router';
import type { SimRequest, SimResponse } from '../../shared/sim-server';
import { fail, type AstraContext } from '../context';
import { ok } from '../errors';
import type { TaskTracker } from '../tasks';
import { has, inRange, isObject, newestFirst, paginate, readDateRange, readInteger, readMoney, readPaging, readString, reais, type JsonObject } from '../validation';
import { LINK_STATUSES, PaymentLinkService, type CreateLinkInput, type LinkRecord } from './links';

const DOCUMENT = /^(\d{11}|\d{14})$/;
const BASE = '/payment-link/v1';

export interface PaymentLinkDeps extends Pick<AstraContext, 'clock' | 'webhooks'> {
  tasks: TaskTracker;
  sandboxDelayMs: number;
}

/**
 * Payment-link endpoints 16–18 (ASM-A26…A29). Counters and faults come with the router. Returns the
 * service (for control hooks) and a function that stops watching the simulator clock.
 */
export function registerPaymentLinkRoutes(router: SimRouter, deps: PaymentLinkDeps): { links: PaymentLinkService; stop: () => void } {
  const links = new PaymentLinkService(deps.clock, deps.tasks, deps.webhooks, deps.sandboxDelayMs);
  router.add('POST', BASE, (req) => create(deps, links, req));
  router.add('GET', `${BASE}/:linkPaymentUuid`, (req) => search(deps, links, req));
  router.add('GET', BASE, (req) => list(deps, links, req));
  const stop = deps.clock.onChange(() => links.expireDue());
  return { links, stop };
}

function create(deps: PaymentLinkDeps, links: PaymentLinkService, req: SimRequest): SimResponse {
  const parsed = parseCreate(req.body);
  if (Array.isArray(parsed)) return fail(deps, 400, req, parsed);
  return ok(toLinkWire(links.create(parsed)));
}

/** ASM-A28: unknown uuid → 404. */
function search(deps: PaymentLinkDeps, links: PaymentLinkService, req: SimRequest): SimResponse {
  const link = links.get(req.params.linkPaymentUuid);
  if (!link) return fail(deps, 404, req, [`Payment link ${req.params.linkPaymentUuid} not found`]);
  return ok(toLinkWire(link));
}

/** ASM-A28: exact-match filters ANDed, `status` by numeric code, dates on createdAt (ASM-A09). */
function list(deps: PaymentLinkDeps, links: PaymentLinkService, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const range = readDateRange(req.query, problems);
  const statusText = req.query.get('status');
  const codes: readonly number[] = Object.values(LINK_STATUSES);
  if (statusText !== null && !codes.includes(Number(statusText))) problems.push(`status must be one of ${codes.join(', ')}`);
  const document = req.query.get('registrationNumber');
  if (document !== null && !DOCUMENT.test(document)) problems.push('registrationNumber must have 11 or 14 digits');
  const userReference = req.query.get('userReference');
  if (problems.length > 0) return fail(deps, 400, req, problems);

  const matches = links
    .all()
    .filter(
      (link) =>
        inRange(link.createdAtMs, range) &&
        (statusText === null || LINK_STATUSES[link.status] === Number(statusText)) &&
        (document === null || link.registrationNumber === document) &&
        (userReference === null || link.userReference === userReference),
    );
  return ok(
    paginate(
      newestFirst(matches, (link) => link.createdAtMs),
      paging,
      toLinkWire,
    ),
  );
}

/** ASM-A26 validation; every problem listed (ASM-A07). */
function parseCreate(body: unknown): CreateLinkInput | string[] {
  if (!isObject(body)) return ['Request body must be a JSON object'];
  const problems: string[] = [];
  const payerName = readString(body, 'payerName', 100, problems);
  if (payerName === null || payerName.trim() === '') problems.push('payerName is required');
  const registrationNumber = readString(body, 'registrationNumber', 14, problems);
  if (registrationNumber === null || !DOCUMENT.test(registrationNumber)) problems.push('registrationNumber must have 11 or 14 digits');
  const amountCents = readMoney(body, 'amount', problems, true);
  const numbersInstallments = readInteger(body, 'numbersInstallments', 1, 10, problems);
  if (!has(body, 'numbersInstallments')) problems.push('numbersInstallments is required');
  const description = readString(body, 'description', 140, problems);
  const userReference = readString(body, 'userReference', 77, problems);
  const expirationDays = readInteger(body, 'expirationDays', 1, 10, problems) ?? 10;
  if (problems.length > 0) return problems;
  return {
    payerName: payerName as string,
    registrationNumber: registrationNumber as string,
    amountCents: amountCents as number,
    numbersInstallments: numbersInstallments as number,
    description,
    userReference,
    expirationDays,
  };
}

/** ASM-A26 object; absent values are null (ASM-A06). */
export function toLinkWire(link: LinkRecord): JsonObject {
  return {
    linkPaymentUuid: link.linkPaymentUuid,
    payerName: link.payerName,
    registrationNumber: link.registrationNumber,
    amount: reais(link.amountCents),
    numbersInstallments: link.numbersInstallments,
    status: { code: LINK_STATUSES[link.status], description: link.status },
    urlPayment: `https://checkout-hml.astrapay.com.br/${link.linkPaymentUuid}?token=sandbox`,
    description: link.description,
    verificationToken: link.verificationToken,
    installmentsOptions: installmentOptions(link.amountCents, link.numbersInstallments),
    userReference: link.userReference,
    expirationDays: link.expirationDays,
    expirationDate: new Date(link.expiresAtMs).toISOString(),
    createdAt: new Date(link.createdAtMs).toISOString(),
    payment: link.payment && {
      paymentId: link.payment.paymentId,
      paymentMethod: link.payment.paymentMethod,
      paymentReceipt: link.payment.paymentReceipt,
      paymentDate: new Date(link.payment.paymentDateMs).toISOString(),
      amount: reais(link.payment.amountCents),
    },
  };
}

/** ASM-A26: one option per count, `amount / n` rounded half-up to cents (integer arithmetic), no interest. */
function installmentOptions(amountCents: number, count: number): JsonObject[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const installmentCents = Math.floor((2 * amountCents + n) / (2 * n));
    return { numberInstallments: n, installmentAmount: reais(installmentCents), totalAmount: reais(amountCents) };
  });
}
