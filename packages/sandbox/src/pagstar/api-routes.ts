import type { SimRouter } from '../shared/sim-router';
import type { SimRequest, SimResponse } from '../shared/sim-server';
import { checkoutUrl, laravelDate, qrCodeUrl, toReais } from './formats';
import { fail, invalid, MESSAGES, ok } from './responses';
import type { TransactionStore } from './store';
import type { TokenStore } from './tokens';
import { STATUS, type Deposit, type PagstarStatus } from './types';
import { validateDeposit, validateLogin, validateNotificationUrl, validateWithdrawal } from './validation';

/** ASM-P01: every API path hangs under this base. */
export const API_BASE = '/api/v2';
export const LOGIN_ROUTE = `POST ${API_BASE}/identity/partner/login`;

export interface PagstarAccount {
  email: string;
  accessKey: string;
  tenantId: string;
  tenantName: string;
  partner: { name: string; document: string };
  /** Set by PATCH notification-url (ASM-P08). */
  notificationUrl?: string;
}

export interface ApiContext {
  account: PagstarAccount;
  store: TransactionStore;
  tokens: TokenStore;
}

/** ASM-P07 (and ASM-P09 for transfers): /check answers with the status code only. */
const CHECK_CODES: Record<PagstarStatus, number> = { [STATUS.pending]: 422, [STATUS.paid]: 200, [STATUS.cancelled]: 410 };
const DEPOSIT_CHECK_TEXT = { 200: 'Pagamento aprovado.', 422: 'Pagamento pendente.', 410: 'Pagamento cancelado.' };
const TRANSFER_CHECK_TEXT = { 200: 'Transferência concluída.', 422: 'Transferência pendente.', 410: 'Transferência cancelada.' };

/**
 * Registers Pagstar's v2 routes. Returns the names of the routes that need a
 * Bearer token: all but login (ASM-P02).
 */
export function registerApiRoutes(router: SimRouter, ctx: ApiContext): Set<string> {
  const protectedRoutes = new Set<string>();
  const add = (method: string, path: string, handler: (req: SimRequest) => SimResponse, auth = true) => {
    router.add(method, `${API_BASE}${path}`, handler);
    if (auth) protectedRoutes.add(`${method} ${API_BASE}${path}`);
  };
  const txPath = '/wallet/partner/transactions/:external_reference';
  const transferCheckPath = '/wallet/partner/transfers/:external_reference/check';

  add('POST', '/identity/partner/login', (req) => login(ctx, req), false);
  add('PATCH', '/identity/partner/notification-url', (req) => setNotificationUrl(ctx.account, req));
  add('POST', '/wallet/partner/transactions/generate-anonymous-pix', (req) => createDeposit(ctx, req));
  add('GET', txPath, (req) => depositDetails(ctx, req.params.external_reference));
  for (const method of ['HEAD', 'GET']) {
    add(method, `${txPath}/check`, (req) => check(ctx.store.deposit(req.params.external_reference)?.status, DEPOSIT_CHECK_TEXT));
    add(method, transferCheckPath, (req) => check(ctx.store.transfer(req.params.external_reference)?.status, TRANSFER_CHECK_TEXT));
  }
  add('POST', '/wallet/partner/withdrawals/solicit-for-customer', (req) => requestWithdrawal(ctx, req));
  return protectedRoutes;
}

function login({ account, tokens }: ApiContext, req: SimRequest): SimResponse {
  const { email, accessKey, errors } = validateLogin(req.body);
  if (Object.keys(errors).length > 0) return invalid(errors);
  if (email !== account.email || accessKey !== account.accessKey) return fail(401, MESSAGES.badCredentials);
  const token = tokens.issue();
  // ASM-P02: expires_in is an absolute date-time; refresh_token/admin_type are decorative.
  return ok('Login realizado com sucesso.', {
    access_token: token.accessToken,
    expires_in: laravelDate(token.expiresAtMs),
    refresh_token: token.refreshToken,
    admin_type: 1,
  });
}

function setNotificationUrl(account: PagstarAccount, req: SimRequest): SimResponse {
  const { url, errors } = validateNotificationUrl(req.body);
  if (!url) return invalid(errors);
  account.notificationUrl = url;
  return ok('Conta atualizada com sucesso', { notification_url: url });
}

function createDeposit({ account, store }: ApiContext, req: SimRequest): SimResponse {
  const { input, errors } = validateDeposit(req.body, account.tenantId);
  if (!input) return invalid(errors);
  const deposit = store.createDeposit(input);
  // ASM-P05: the five CODE fields plus value and expiration_date.
  return ok('Pagamento PIX gerado com sucesso.', {
    ...pixDeposit(deposit),
    value: toReais(deposit.cents),
    expiration_date: laravelDate(deposit.expirationDateMs),
  });
}

function depositDetails({ account, store }: ApiContext, reference: string): SimResponse {
  const deposit = store.deposit(reference);
  if (!deposit) return fail(404, MESSAGES.notFound);
  // ASM-P06: the DOC example's fields; user_id/deeplink are always null in the sandbox.
  return ok('Success.', {
    id: deposit.id,
    external_reference: deposit.reference,
    value: toReais(deposit.cents),
    callback: deposit.callback,
    type: 'payment',
    user_id: null,
    status: deposit.status,
    deeplink: null,
    pix_deposit: pixDeposit(deposit),
    partner: account.partner,
    tenant: { id: account.tenantId, name: account.tenantName },
    created_at: laravelDate(deposit.createdAtMs),
  });
}

function pixDeposit(deposit: Deposit) {
  return {
    qr_code_url: qrCodeUrl(deposit.pixKey),
    pix_key: deposit.pixKey,
    favoured: 'Pagstar Servicos de Pagamento',
    external_reference: deposit.reference,
    checkout: checkoutUrl(deposit.reference),
  };
}

/** HEAD bodies are dropped by node; the GET variant gets the ASM-P07 body. */
function check(status: PagstarStatus | undefined, text: Record<200 | 422 | 410, string>): SimResponse {
  if (status === undefined) return fail(404, MESSAGES.notFound);
  const code = CHECK_CODES[status];
  return code === 200 ? ok(text[200], {}) : fail(code, text[code as 422 | 410]);
}

function requestWithdrawal({ store }: ApiContext, req: SimRequest): SimResponse {
  const { input, errors } = validateWithdrawal(req.body);
  if (!input) return invalid(errors);
  const transfer = store.createTransfer(input);
  return ok('Solicitação de saque realizada com sucesso.', {
    external_reference: transfer.reference,
    value: toReais(transfer.cents),
    status: transfer.status,
    transaction_id: transfer.transactionId,
  });
}
