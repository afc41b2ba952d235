import type { SimRouter } from '../../shared/sim-router';
import type { SimRequest, SimResponse } from '../../shared/sim-server';
import { fail, type AstraContext } from '../context';
import { ok } from '../errors';
import { has, inRange, isObject, newestFirst, paginate, readDateRange, readEnumQuery, readInteger, readMoney, readPaging, readString, type JsonObject } from '../validation';
import { readCard, readCvv } from './card-rules';
import { tokenizedToWire, transactionToWire, type CardStore, type NewTransaction } from './card-store';

/** ASM-A44 as adjusted by the task: 1–12 installments (see docs/providers.md). */
const MAX_INSTALLMENTS = 12;
const STATUSES = ['APPROVED', 'DECLINED', 'CANCELED', 'CHARGEBACK'] as const;

type Ctx = Pick<AstraContext, 'clock'> & { cards: CardStore };

/** Card transactions (endpoints 38–41) and tokenized cards (42–46), ASM-A44…A46, A50, A51. */
export function registerCardRoutes(router: SimRouter, ctx: Ctx): void {
  router.add('POST', '/card/v1/credit', (req) => charge(ctx, req));
  router.add('POST', '/card/v1/credit/tokenized', (req) => chargeTokenized(ctx, req));
  router.add('GET', '/card/v1/credit', (req) => listTransactions(ctx, req));
  router.add('GET', '/card/v1/credit/:transactionId', (req) => withTransaction(ctx, req, (t) => ok(transactionToWire(t))));
  router.add('PUT', '/card/v1/credit/:transactionId/cancel', (req) => withTransaction(ctx, req, (t) => cancel(ctx, req, t)));
  router.add('POST', '/card/v1/tokenized', (req) => register(ctx, req));
  router.add('GET', '/card/v1/tokenized', (req) => listTokenized(ctx, req));
  router.add('GET', '/card/v1/tokenized/:cardToken', (req) => withToken(ctx, req, (c) => ok(tokenizedToWire(c))));
  router.add('DELETE', '/card/v1/tokenized/:cardToken', (req) =>
    withToken(ctx, req, (c) => {
      ctx.cards.tokenized.delete(c.cardToken);
      return ok(tokenizedToWire(c));
    }),
  );
}

function charge(ctx: Ctx, req: SimRequest): SimResponse {
  const body = req.body;
  if (!isObject(body)) return fail(ctx, 400, req, ['Request body must be a JSON object']);
  const problems: string[] = [];
  const card = readCard(body, problems, ctx.clock.now());
  readCvv(body, true, problems);
  const common = readCommon(body, problems);
  if (problems.length > 0 || !card || !common) return fail(ctx, 400, req, problems);
  return ok(transactionToWire(ctx.cards.authorize({ ...common, card, cardToken: null })));
}

function chargeTokenized(ctx: Ctx, req: SimRequest): SimResponse {
  const body = req.body;
  if (!isObject(body)) return fail(ctx, 400, req, ['Request body must be a JSON object']);
  const problems: string[] = [];
  const token = typeof body.cardToken === 'string' ? ctx.cards.tokenized.get(body.cardToken) : undefined;
  if (!token) problems.push('cardToken is unknown');
  readCvv(body, false, problems);
  const common = readCommon(body, problems);
  if (problems.length > 0 || !token || !common) return fail(ctx, 400, req, problems);
  return ok(transactionToWire(ctx.cards.authorize({ ...common, card: token.card, cardToken: token.cardToken })));
}

function readCommon(body: JsonObject, problems: string[]): Omit<NewTransaction, 'card' | 'cardToken'> | undefined {
  const amountCents = readMoney(body, 'amount', problems, true);
  const installments = readInteger(body, 'numberInstallments', 1, MAX_INSTALLMENTS, problems);
  if (installments === undefined && !has(body, 'numberInstallments')) problems.push('numberInstallments is required');
  const expectedType = installments === 1 ? 'A_VISTA' : 'PARCELADO_LOJA';
  if (installments !== undefined && body.typePayment !== expectedType) problems.push(`typePayment must be ${expectedType} for ${installments} installment(s)`);
  const description = readString(body, 'description', 100, problems);
  const userReference = readString(body, 'userReference', 77, problems);
  const document = readString(body, 'document', 14, problems);
  if (document !== null && !/^(\d{11}|\d{14})$/.test(document)) problems.push('document must have 11 or 14 digits');
  if (amountCents === undefined || installments === undefined) return undefined;
  return { amountCents, installments, description, userReference, document };
}

function cancel(ctx: Ctx, req: SimRequest, transaction: Parameters<CardStore['cancel']>[0]): SimResponse {
  if (transaction.status !== 'APPROVED') return fail(ctx, 400, req, [`transaction is ${transaction.status}: only APPROVED transactions can be cancelled`]);
  ctx.cards.cancel(transaction);
  return ok(transactionToWire(transaction));
}

function listTransactions(ctx: Ctx, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  const range = readDateRange(req.query, problems);
  const status = readEnumQuery(req.query, 'status', STATUSES, problems);
  if (problems.length > 0) return fail(ctx, 400, req, problems);
  const q = req.query;
  const matches = [...ctx.cards.transactions.values()].filter(
    (t) =>
      inRange(t.createdAtMs, range) &&
      (!status || t.status === status) &&
      (q.get('nsu') === null || t.nsu === q.get('nsu')) &&
      (q.get('userReference') === null || t.userReference === q.get('userReference')) &&
      (q.get('cardToken') === null || t.cardToken === q.get('cardToken')) &&
      (q.get('recurrenceId') === null || t.recurrenceId === q.get('recurrenceId')),
  );
  return ok(
    paginate(
      newestFirst(matches, (t) => t.createdAtMs),
      paging,
      transactionToWire,
    ),
  );
}

function register(ctx: Ctx, req: SimRequest): SimResponse {
  const body = req.body;
  if (!isObject(body)) return fail(ctx, 400, req, ['Request body must be a JSON object']);
  const problems: string[] = [];
  const card = readCard(body, problems, ctx.clock.now());
  const document = readString(body, 'document', 14, problems);
  const userReference = readString(body, 'userReference', 77, problems);
  if (problems.length > 0 || !card) return fail(ctx, 400, req, problems);
  return ok(tokenizedToWire(ctx.cards.register({ card, document, userReference })));
}

function listTokenized(ctx: Ctx, req: SimRequest): SimResponse {
  const problems: string[] = [];
  const paging = readPaging(req.query, problems);
  if (problems.length > 0) return fail(ctx, 400, req, problems);
  const q = req.query;
  const matches = [...ctx.cards.tokenized.values()].filter(
    (c) => (q.get('document') === null || c.document === q.get('document')) && (q.get('userReference') === null || c.userReference === q.get('userReference')),
  );
  return ok(
    paginate(
      newestFirst(matches, (c) => c.createdAtMs),
      paging,
      tokenizedToWire,
    ),
  );
}

function withTransaction(ctx: Ctx, req: SimRequest, then: (t: Parameters<CardStore['cancel']>[0]) => SimResponse): SimResponse {
  const transaction = ctx.cards.transactions.get(req.params.transactionId);
  return transaction ? then(transaction) : fail(ctx, 404, req, ['transaction not found']);
}

function withToken(ctx: Ctx, req: SimRequest, then: (c: NonNullable<ReturnType<CardStore['tokenized']['get']>>) => SimResponse): SimResponse {
  const card = ctx.cards.tokenized.get(req.params.cardToken);
  return card ? then(card) : fail(ctx, 404, req, ['card token not found']);
}
