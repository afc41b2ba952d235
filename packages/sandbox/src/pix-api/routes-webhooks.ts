import type { SimResponse } from '../shared/sim-server';
import type { PixApiContext } from './context';
import type { ApiRoutes } from './guard';
import { inWindow, page, parseListQuery } from './list-query';
import type { StoredWebhook } from './model';
import { invalid, ok, problem } from './problems';
import { isObject } from './validate-common';

/** `/webhook/{chave}` and `/webhook`, with scopes `webhook.write` / `webhook.read`. */
export function registerWebhookRoutes(api: ApiRoutes, ctx: PixApiContext): void {
  api.add('PUT', '/webhook/:chave', 'webhook.write', (req) => putWebhook(ctx, req.params.chave, req.body));
  api.add('GET', '/webhook/:chave', 'webhook.read', (req) => {
    const webhook = ctx.store.webhooks.get(req.params.chave);
    return webhook ? ok(webhookWire(webhook)) : notFound(req.params.chave);
  });
  api.add('DELETE', '/webhook/:chave', 'webhook.write', (req) => {
    if (!ctx.store.webhooks.delete(req.params.chave)) return notFound(req.params.chave);
    return { status: 204 };
  });
  api.add('GET', '/webhook', 'webhook.read', (req) => listWebhooks(ctx, req.query));
}

/**
 * The specification's key formats (DICT): CPF, CNPJ, e-mail, phone `+55…` or EVP (UUID).
 * ASM-X41: a `webhookUrl` must be an absolute http(s) URL without credentials; plain http is
 * accepted because the sandbox runs on loopback (a real PSP demands https).
 */
const DICT_KEY = [/^\d{11}$/, /^\d{14}$/, /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/, /^\+[1-9]\d{1,14}$/, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/];

function putWebhook(ctx: PixApiContext, chave: string, body: unknown): SimResponse {
  const detail = 'A presente requisição busca criar um webhook sem respeitar o _schema_ ou, ainda, com sentido semanticamente inválido.';
  if (chave.length > 77 || !DICT_KEY.some((pattern) => pattern.test(chave))) {
    return invalid('WebhookOperacaoInvalida', [{ razao: 'O parâmetro chave não corresponde a uma chave DICT válida.', propriedade: 'chave' }], detail);
  }
  if (chave !== ctx.receiverKey) {
    return invalid(
      'WebhookOperacaoInvalida',
      [{ razao: 'O parâmetro chave não corresponde a uma chave DICT pertencente a este usuário recebedor.', propriedade: 'chave' }],
      detail,
    );
  }
  const url = isObject(body) ? body.webhookUrl : undefined;
  if (typeof url !== 'string' || !isCallbackUrl(url)) {
    return invalid('WebhookOperacaoInvalida', [{ razao: 'O campo webhook.webhookUrl não respeita o _schema_.', propriedade: 'webhook.webhookUrl' }], detail);
  }
  const existing = ctx.store.webhooks.get(chave);
  // ASM-X41: PUT replaces the URL of an existing webhook and keeps its `criacao`.
  ctx.store.webhooks.set(chave, { chave, webhookUrl: url, criacaoMs: existing?.criacaoMs ?? ctx.clock.nowMs() });
  return { status: 200 };
}

function isCallbackUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && value.length <= 2000;
  } catch {
    return false;
  }
}

function listWebhooks(ctx: PixApiContext, query: URLSearchParams): SimResponse {
  const parsed = parseListQuery(query, { windowOptional: true });
  if (!parsed.ok)
    return invalid(
      'WebhookConsultaInvalida',
      parsed.violations,
      'Os parâmetros de consulta à lista de webhooks ativados não respeitam o schema ou não fazem sentido semanticamente.',
    );
  const matches = [...ctx.store.webhooks.values()].filter((webhook) => inWindow(webhook.criacaoMs, parsed.window)).sort((a, b) => a.criacaoMs - b.criacaoMs);
  const result = page(matches, parsed.window);
  return ok({ parametros: result.parametros, webhooks: result.items.map(webhookWire) });
}

function webhookWire(webhook: StoredWebhook) {
  return { webhookUrl: webhook.webhookUrl, chave: webhook.chave, criacao: new Date(webhook.criacaoMs).toISOString() };
}

function notFound(chave: string): SimResponse {
  return problem('WebhookNaoEncontrado', 404, `O webhook da chave ${chave} não encontra-se estabelecido.`);
}
