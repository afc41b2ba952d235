import { STATUS_CODES } from 'node:http';
import type { SimRequest, SimResponse } from '../shared/sim-server';
import type { AstraErrorBodyWire, OAuthErrorWire } from './wire';

/** ASM-A07: HTTP status → (`errorCode`, `message`). 500 uses the DOC code 1 and DOC message. */
const ERROR_TABLE: Record<number, [number, string]> = {
  400: [36, 'Invalid request parameters'],
  401: [401, 'Unauthorized'],
  403: [403, 'Forbidden'],
  404: [404, 'Resource not found'],
  405: [405, 'Method not allowed'],
  429: [429, 'Too many requests'],
  500: [1, 'Critical system error - please contact support'],
  503: [503, 'Service unavailable'],
};

/** Detail line used when a caller gives none (errors raised by the shared kit: faults, 404, bad JSON). */
const DEFAULT_DETAIL: Record<number, string> = {
  400: 'Request body is not valid JSON',
  401: 'Bearer token missing, malformed, unknown or expired',
  404: 'Resource not found',
  405: 'Method not allowed for this resource',
  429: 'Rate limit exceeded',
  500: 'System temporarily unavailable',
  503: 'Service temporarily unavailable',
};

/** The raw `x-transaction-id` header, or `""` when absent (ASM-A05: echoed even when invalid). */
export function transactionIdOf(req: Pick<SimRequest, 'headers'>): string {
  const header = req.headers['x-transaction-id'];
  return (Array.isArray(header) ? header[0] : header) ?? '';
}

export function astraErrorBody(status: number, req: Pick<SimRequest, 'headers'>, now: Date, errors?: string[]): AstraErrorBodyWire {
  const [errorCode, message] = ERROR_TABLE[status] ?? [status, STATUS_CODES[status] ?? 'Error'];
  const detail = errors ?? [DEFAULT_DETAIL[status] ?? message];
  return { errorCode, message, timestamp: now.toISOString(), xTransactionId: transactionIdOf(req), errors: detail };
}

export function astraError(status: number, req: Pick<SimRequest, 'headers'>, now: Date, errors?: string[]): SimResponse {
  return { status, body: astraErrorBody(status, req, now, errors) };
}

/** ASM-A04: the token endpoint answers in the OAuth format, not the Astra error object. */
export function oauthError(status: number, error: string, description: string): SimResponse {
  const body: OAuthErrorWire = { error, error_description: description };
  return { status, body, headers: { 'cache-control': 'no-store' } };
}

/** OAuth-style body for kit-generated errors on the token route (injected faults, bad body). */
export function oauthFaultBody(status: number): OAuthErrorWire {
  const error = status === 400 ? 'invalid_request' : status === 429 || status >= 503 ? 'temporarily_unavailable' : 'server_error';
  return { error, error_description: STATUS_CODES[status] ?? 'Error' };
}

export function ok(body: unknown): SimResponse {
  return { status: 200, body };
}
