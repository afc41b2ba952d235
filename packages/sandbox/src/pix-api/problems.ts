import { randomUUID } from 'node:crypto';
import type { SimResponse } from '../shared/sim-server';

/** The specification's problem `type` prefix ("Tratamento de erros" in openapi.yaml). */
export const PROBLEM_TYPE_BASE = 'https://pix.bcb.gov.br/api/v2/error/';

export interface Violation {
  razao: string;
  propriedade?: string;
}

/** RFC 7807 body as the API Pix writes it (`Problema` schema). */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  correlationId?: string;
  violacoes?: Violation[];
}

/** Problem type → its title (ASM-X31: titles are the specification's "Significado" lines, shortened). */
export const PROBLEM_TITLES = {
  RequisicaoInvalida: 'Requisição inválida.',
  AcessoNegado: 'Acesso Negado',
  NaoEncontrado: 'Não Encontrado',
  PermanentementeRemovido: 'Permanentemente removido',
  ErroInternoDoServidor: 'Erro interno do servidor',
  ServicoIndisponivel: 'Serviço Indisponível',
  IndisponibilidadePorTempoEsgotado: 'Indisponibilidade por tempo esgotado',
  CobNaoEncontrado: 'Cobrança não encontrada.',
  CobOperacaoInvalida: 'Cobrança inválida.',
  CobVNaoEncontrada: 'Cobrança não encontrada.',
  CobVOperacaoInvalida: 'Cobrança inválida.',
  CobConsultaInvalida: 'Consulta inválida.',
  CobVConsultaInvalida: 'Consulta inválida.',
  PixNaoEncontrado: 'Pix não encontrado.',
  PixConsultaInvalida: 'Consulta inválida.',
  PixDevolucaoInvalida: 'Devolução inválida.',
  PixDevolucaoNaoEncontrada: 'Devolução não encontrada.',
  WebhookNaoEncontrado: 'Webhook não encontrado.',
  WebhookOperacaoInvalida: 'Webhook inválido.',
  WebhookConsultaInvalida: 'Consulta inválida.',
} as const;

export type ProblemType = keyof typeof PROBLEM_TITLES;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemBody(type: ProblemType, status: number, detail?: string, violacoes?: Violation[]): ProblemBody {
  return {
    type: `${PROBLEM_TYPE_BASE}${type}`,
    title: PROBLEM_TITLES[type],
    status,
    ...(detail ? { detail } : {}),
    correlationId: randomUUID(),
    ...(violacoes && violacoes.length > 0 ? { violacoes } : {}),
  };
}

export function problem(type: ProblemType, status: number, detail?: string, violacoes?: Violation[]): SimResponse {
  return { status, body: problemBody(type, status, detail, violacoes), headers: { 'content-type': PROBLEM_CONTENT_TYPE } };
}

/** A 400 of `type` carrying the violations found by a validator. */
export function invalid(
  type: ProblemType,
  violacoes: Violation[],
  detail = 'A requisição que busca alterar ou criar o recurso não respeita o schema ou está semanticamente errada.',
): SimResponse {
  return problem(type, 400, detail, violacoes);
}

/** General problem for a bare status (faults, unknown routes, malformed JSON) — the "Gerais" section. */
export function generalProblemBody(status: number): ProblemBody {
  const type: ProblemType =
    status === 403
      ? 'AcessoNegado'
      : status === 404
        ? 'NaoEncontrado'
        : status === 410
          ? 'PermanentementeRemovido'
          : status === 503
            ? 'ServicoIndisponivel'
            : status === 504
              ? 'IndisponibilidadePorTempoEsgotado'
              : status >= 500
                ? 'ErroInternoDoServidor'
                : 'RequisicaoInvalida';
  return problemBody(type, status);
}

/**
 * ASM-X34: the specification lists no problem type for 401, so a missing, unknown or expired
 * token gets RFC 7807's `about:blank` (no semantics beyond the status) with a `WWW-Authenticate`.
 */
export function unauthorizedBody(detail: string): ProblemBody {
  return { type: 'about:blank', title: 'Não autorizado', status: 401, detail, correlationId: randomUUID() };
}

export function unauthorized(detail: string, challenge = 'Bearer realm="pix-api"'): SimResponse {
  return { status: 401, body: unauthorizedBody(detail), headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'www-authenticate': challenge } };
}

export function ok(body: unknown, status = 200): SimResponse {
  return { status, body };
}
