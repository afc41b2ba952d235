import type { SimResponse } from '../shared/sim-server';
import type { ErrorMap } from './validation';

/**
 * Pagstar envelopes (ASM-P03): success is 200 `{message, data}`, errors are `{message}` and
 * validation errors add a Laravel `errors` map. Messages are pt-BR like the real API's.
 */
export const MESSAGES = {
  unauthenticated: 'Unauthenticated.',
  badCredentials: 'Credenciais inválidas.',
  notFound: 'Transação não encontrada.',
  routeNotFound: 'Rota não encontrada.',
  internal: 'Erro interno.',
} as const;

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Requisição inválida.',
  401: MESSAGES.unauthenticated,
  404: MESSAGES.routeNotFound,
  405: 'Método não permitido.',
  408: 'Tempo de requisição esgotado.',
  409: 'Conflito.',
  413: 'Requisição muito grande.',
  422: 'Dados inválidos.',
  429: 'Muitas requisições.',
  500: MESSAGES.internal,
  502: 'Gateway inválido.',
  503: 'Serviço indisponível.',
  504: 'Tempo de resposta esgotado.',
};

/** Error body for the shared server (unknown routes, injected faults, bad JSON). */
export function errorBody(status: number): { message: string } {
  return { message: STATUS_MESSAGES[status] ?? (status >= 500 ? MESSAGES.internal : 'Erro.') };
}

export function ok(message: string, data: unknown): SimResponse {
  return { status: 200, body: { message, data } };
}

export function fail(status: number, message: string): SimResponse {
  return { status, body: { message } };
}

export function invalid(errors: ErrorMap): SimResponse {
  const first = Object.values(errors)[0]?.[0] ?? STATUS_MESSAGES[422];
  return { status: 422, body: { message: first, errors } };
}
