import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Logger } from '../logger';
import type { Metrics } from '../observability/metrics';
import { StateUnavailableError } from '../errors/domain-errors';
import type { WebhookRelay } from './webhook-relay';

export interface WebhookIngressOptions {
  relay: WebhookRelay;
  metrics: Metrics;
  logger: Logger;
  /** Constant-time check of the secret path segment against the registered secrets. */
  verifySecret: (provider: string, secret: string) => Promise<boolean>;
  /** Optional source-IP allow-list per provider (empty or absent: any source). */
  allowedIps?: Record<string, string[]>;
  maxBodyBytes: number;
}

/**
 * `POST /webhooks/:provider/:secret` (and `…/pix`, the API Pix callback). Every rejection has its own status, a counter and a log
 * line saying why, and publishes nothing. An accepted delivery gets 200 once it is stored in the
 * relay's inbox (durable with Redis; 503 if it cannot be stored); confirmation and publishing
 * happen after the answer (the provider's timeout is not spent on our re-fetch).
 */
export function createWebhookIngress(options: WebhookIngressOptions): Router {
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: options.maxBodyBytes });
  // The secret (and source address) is checked before the body is read: an unauthenticated
  // sender cannot make Paygraph buffer or wait for a body (slow-body clients, issue 11).
  // `/pix`: the API Pix appends it to the registered URL (its callback is `POST {webhookUrl}/pix`, ASM-X14).
  router.post(['/webhooks/:provider/:secret', '/webhooks/:provider/:secret/pix'], authenticateFirst(options), raw, (req, res) => {
    void handle(options, req, res).catch((error: unknown) => failed(options, req, res, error));
  });
  return router;
}

/** One answer for failures at any step, the secret check included. */
function failed(options: WebhookIngressOptions, req: Request, res: Response, error: unknown): void {
  if (res.headersSent) return;
  // Redis down (secret check, dedupe, inbox): not stored, so not acknowledged; 503 makes the
  // provider retry, and nothing it was told we received is lost (docs/events-and-inbox.md).
  if (error instanceof StateUnavailableError) {
    res.setHeader('retry-after', '1');
    return reject(options, res, String(req.params.provider).toUpperCase(), 503, 'state_unavailable', 'shared state unavailable; retry shortly');
  }
  options.logger.error({ err: error }, 'webhook ingress failure');
  reject(options, res, 'unknown', 500, 'internal', 'internal error');
}

async function handle(options: WebhookIngressOptions, req: Request, res: Response): Promise<void> {
  const provider = String(req.params.provider).toUpperCase();
  if (!req.is('application/json')) return reject(options, res, provider, 415, 'wrong_content_type', 'content type must be application/json');
  let body: unknown;
  try {
    body = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
  } catch {
    return reject(options, res, provider, 400, 'malformed_json', 'body is not valid JSON');
  }
  const result = await options.relay.accept(provider, body);
  if (result.outcome === 'invalid') return reject(options, res, provider, 422, 'invalid_payload', result.reason ?? 'invalid payload');
  options.logger.info({ event: 'webhook_received', provider, outcome: result.outcome }, 'webhook delivery');
  res.status(200).json({ received: true });
}

/** Provider, source address and secret, from the URL and the socket alone (no body read yet). */
function authenticateFirst(options: WebhookIngressOptions): RequestHandler {
  return (req, res, next) => {
    void authenticate(options, req, res).then(
      (ok) => (ok ? next() : undefined),
      (error: unknown) => failed(options, req, res, error),
    );
  };
}

async function authenticate(options: WebhookIngressOptions, req: Request, res: Response): Promise<boolean> {
  const provider = String(req.params.provider).toUpperCase();
  if (!options.relay.hasProvider(provider)) return (reject(options, res, 'unknown', 404, 'unknown_provider', 'unknown provider'), false);
  const allowed = options.allowedIps?.[provider];
  if (allowed?.length && !allowed.includes(normalizeIp(req.socket.remoteAddress))) {
    return (reject(options, res, provider, 403, 'ip_not_allowed', 'source address not allowed'), false);
  }
  if (!(await options.verifySecret(provider, String(req.params.secret)))) {
    return (reject(options, res, provider, 401, 'bad_secret', 'unknown webhook secret'), false);
  }
  return true;
}

function reject(options: WebhookIngressOptions, res: Response, provider: string, status: number, reason: string, message: string): void {
  options.metrics.inc('paygraph_webhook_rejected_total', { provider, reason });
  options.logger.warn({ event: 'webhook_rejected', provider, status, reason }, `webhook rejected: ${message}`);
  res.status(status).json({ error: message });
}

function normalizeIp(address: string | undefined): string {
  return (address ?? '').replace(/^::ffff:/, '');
}
