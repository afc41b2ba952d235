import { pathSegment } from '../path-segment';

/**
 * Every API Pix behaviour Paygraph relies on that the specification (release 2.9.0) leaves to each
 * PSP or does not state, in one place so a PSP's own documentation can correct it. Ids ASM-X01–X29
 * (client), X30–X49 (simulator), X50–X69 (charges with a due date; X55 is the simulator's
 * auto-payment, numbered there because X30–X49 is full). docs/providers.md lists the same ids with
 * the constant that encodes each.
 */
export const PIX_API_ASSUMPTIONS = {
  /**
   * ASM-X01: PIX_API_BASE_URL includes the version fragment (e.g. `https://pix.example.com/api/v2`);
   * every path below is relative to it (the specification's `servers` plus changelog 2.3.0).
   */
  paths: {
    cob: (txid: string) => `cob/${pathSegment(txid)}`,
    cobList: 'cob',
    pix: (e2eid: string) => `pix/${pathSegment(e2eid)}`,
    refund: (e2eid: string, id: string) => `pix/${pathSegment(e2eid)}/devolucao/${pathSegment(id)}`,
    webhook: (chave: string) => `webhook/${pathSegment(chave)}`,
    webhookList: 'webhook',
  },
  /**
   * ASM-X02: the token endpoint is OAuth 2.0 client credentials (form body,
   * `grant_type=client_credentials`, `scope` space-separated); the client authenticates with HTTP
   * Basic (default) or `client_id`/`client_secret` in the form (PIX_API_CLIENT_AUTH). The answer
   * carries `access_token` and `expires_in` (seconds).
   */
  defaultClientAuth: 'basic' as 'basic' | 'body',
  /**
   * ASM-X03: the scopes requested when PIX_API_SCOPES is not set: the ones of the endpoints Paygraph
   * calls (the specification's `security` of each path). A PSP that grants fewer answers 403
   * `AcessoNegado` on the others: a typed PROVIDER_AUTH_FAILED.
   */
  defaultScopes: ['cob.write', 'cob.read', 'cobv.write', 'cobv.read', 'pix.write', 'pix.read', 'webhook.write', 'webhook.read'],
  /** ASM-X04: re-fetch the token this long before `expires_in` runs out (capped at half its lifetime). */
  tokenRefreshMarginMs: 60_000,
  /**
   * ASM-X05 (project decision): the ids inside global ids: a `txid` (`[a-zA-Z0-9]{26,35}`), a refund
   * as `<e2eid>.<id>` (e2eid `[a-zA-Z0-9]{32}`, id `[a-zA-Z0-9]{1,35}`), and a webhook's Pix key
   * (`chave`, at most 77 characters: CPF, CNPJ, e-mail, phone `+55…`, EVP). Always starts with a letter
   * or digit, so "." and ".." never match.
   */
  providerIdPattern: /^[A-Za-z0-9][A-Za-z0-9@.+_-]{0,76}$/,
  /**
   * ASM-X06 (project decision): like ASM-A54, a request the PSP received is completed or abandoned
   * within this long of being sent. PIX_API_COMPLETION_HORIZON_MS overrides. Creates and refunds are
   * idempotent by construction (derived ids, ASM-X07), so this only bounds the idempotency guard's wait.
   */
  completionHorizonMs: 120_000,
  /**
   * ASM-X07 (project decision): the caller-chosen `txid` and refund `id` are derived from Paygraph's
   * client id and idempotency key (derived-ids.ts), so a retried PUT names the same resource: a PUT
   * of an existing ATIVA cob with the same body revises it to the same content (no second charge),
   * and a refund PUT with a used id is refused (`PixDevolucaoInvalida`), after which the refund is
   * read back with GET. Limit: the specification lets a PUT with another body revise an ATIVA cob,
   * so reusing a key for a different charge once its idempotency record is gone (memory store
   * restarted, record expired) would revise the first charge; the guard refuses such a reuse while
   * the record lives (IDEMPOTENCY_CONFLICT).
   */
  derivedIds: { txidLength: 35, refundIdLength: 35 },
  /**
   * ASM-X08: immediate charge limits from the specification: `valor.original` `\d{1,10}\.\d{2}`
   * above zero, `calendario.expiracao` a positive integer of seconds (PSP default 86400),
   * `solicitacaoPagador` ≤ 140, `devedor.nome` ≤ 200. The expiry cap (one year) is a project decision.
   */
  charge: {
    minAmountCents: 1,
    maxAmountCents: 999_999_999_999,
    expiresInMin: 1,
    expiresInMax: 31_536_000,
    defaultExpiresIn: 86_400,
    descriptionMax: 140,
    referenceMax: 200,
    nameMax: 200,
  },
  /**
   * ASM-X09 (project decision): Paygraph's `reference` travels as one `infoAdicionais` entry with this
   * `nome` (the specification has no reference field; `infoAdicionais.valor` ≤ 200).
   */
  referenceInfoName: 'paygraph-reference',
  /** ASM-X10: cob statuses (`CobStatus`) and the PATCH status that removes an ATIVA cob. */
  status: { active: 'ATIVA', completed: 'CONCLUIDA', removedByReceiver: 'REMOVIDA_PELO_USUARIO_RECEBEDOR', removedByPsp: 'REMOVIDA_PELO_PSP' },
  /** ASM-X11: refund statuses and limits: `valor` like `valor.original`, `descricao` ≤ 140, `natureza` ORIGINAL. */
  refund: { processing: 'EM_PROCESSAMENTO', refunded: 'DEVOLVIDO', failed: 'NAO_REALIZADO', descriptionMax: 140, maxAmountCents: 999_999_999_999 },
  /**
   * ASM-X12 (project decision): lists (`GET /cob`) need `inicio` and `fim`; without a filter Paygraph asks
   * for the last 30 days. Pages: `paginacao.paginaAtual` from 0, `itensPorPagina` 1–1000 (specification).
   */
  list: { defaultWindowDays: 30, maxItemsPerPage: 1_000 },
  /**
   * ASM-X13: problem answers are RFC 7807 (`type` `https://pix.bcb.gov.br/api/v2/error/<Tipo>`,
   * `title`, `status`, `detail`, `correlationId`, `violacoes[{ razao, propriedade }]`), branched on the
   * HTTP status; the type's last segment is kept as the provider code.
   */
  problemTypePrefix: 'https://pix.bcb.gov.br/api/v2/error/',
  /**
   * ASM-X14: the callback is `POST {webhookUrl}/pix` with `{ "pix": [ … ] }`, several Pix possibly
   * grouped; Paygraph's webhookUrl is `/webhooks/pix_api/<secret>` so the callback path is
   * `/webhooks/pix_api/<secret>/pix`. Nothing in the body is trusted: each item is read back
   * (`GET /pix/{e2eid}`, then the cob) before an event is published.
   */
  callbackSuffix: '/pix',
  /**
   * ASM-X16: the specification's Pix has no payer object; a `pagador { nome, cpf | cnpj }` some PSPs
   * add (and the simulator sends) is read when present, else the payer is null. The payer's free
   * text `infoPagador` is `ReceivedPix.payerMessage`.
   */
  payerExtension: 'pagador',
  /**
   * ASM-X17: one webhook per Pix key (`chave`, the webhook's id); it notifies Pix received for a txid
   * and refunds reaching DEVOLVIDO / NAO_REALIZADO: the neutral event type PIX_QR_INBOUND. The PSP keeps
   * no delivery log Paygraph can read (`webhookDeliveries` answers NOT_SUPPORTED).
   */
  webhookEventType: 'PIX_QR_INBOUND',
  /** ASM-X18: `devedor` is informative (anyone may pay a cob): onlyDebtorMayPay is refused before any call. */
  onlyDebtorMayPay: false,
  /**
   * ASM-X19 (project decision): a refund is made on the first Pix of the charge with enough left
   * (value minus refunds not NAO_REALIZADO); a refund larger than any single Pix is refused.
   */
  refundTarget: 'first-pix-with-enough-left',
  /** ASM-X15: webhook URLs are at most this long (project decision; the specification gives none). */
  webhookUrlMax: 2_000,
  /**
   * ASM-X55 (sandbox convention, simulator only, like Astra's ASM-A25 and Pagstar's ASM-P04): in
   * sandbox mode a cob whose `valor.original` ends in `.01` is paid by the simulator itself after its
   * `sandboxDelayMs` (packages/sandbox/src/pix-api/auto-pay.ts), the callback firing as for any
   * payment. Paygraph never depends on it (a real PSP never pays by itself); tests do.
   */
  sandboxAutoPaidCents: 1,
} as const;
