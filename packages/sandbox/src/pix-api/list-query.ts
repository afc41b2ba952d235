import { parseTimestamp } from './dates';
import type { Violation } from './problems';
import { CNPJ, CPF } from './validate-common';

export interface ListWindow {
  inicio?: string;
  fim?: string;
  inicioMs?: number;
  fimMs?: number;
  cpf?: string;
  cnpj?: string;
  paginaAtual: number;
  itensPorPagina: number;
}

export type ParsedList = { ok: true; window: ListWindow } | { ok: false; violations: Violation[] };

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

/**
 * The query of every list (`GET /cob`, `/cobv`, `/pix`, `/webhook`): `inicio`/`fim` (RFC 3339,
 * required unless `windowOptional`), `cpf`/`cnpj` (not both), `paginacao.paginaAtual` (from 0) and
 * `paginacao.itensPorPagina` (1–1000, default 100), with the specification's listed violations.
 */
export function parseListQuery(query: URLSearchParams, options: { windowOptional?: boolean; personFilters?: boolean } = {}): ParsedList {
  const violations: Violation[] = [];
  const window: ListWindow = { paginaAtual: 0, itensPorPagina: DEFAULT_PAGE_SIZE };
  for (const name of ['inicio', 'fim'] as const) {
    const raw = query.get(name);
    if (raw === null) {
      if (!options.windowOptional) violations.push({ razao: `O parâmetro ${name} é obrigatório.`, propriedade: name });
      continue;
    }
    const ms = parseTimestamp(raw);
    if (ms === undefined) violations.push({ razao: `O parâmetro ${name} não respeita o _schema_.`, propriedade: name });
    else {
      window[name] = raw;
      window[`${name}Ms`] = ms;
    }
  }
  if (window.inicioMs !== undefined && window.fimMs !== undefined && window.fimMs < window.inicioMs) {
    violations.push({ razao: 'O timestamp representado pelo parâmetro fim é anterior ao timestamp representado pelo parâmetro inicio.', propriedade: 'fim' });
  }
  if (options.personFilters) violations.push(...personFilters(query, window));
  violations.push(...paging(query, window));
  return violations.length > 0 ? { ok: false, violations } : { ok: true, window };
}

function personFilters(query: URLSearchParams, window: ListWindow): Violation[] {
  const cpf = query.get('cpf');
  const cnpj = query.get('cnpj');
  if (cpf !== null && cnpj !== null) return [{ razao: 'Ambos os parâmetros cpf e cnpj estão preenchidos.', propriedade: 'cpf' }];
  if (cpf !== null && !CPF.test(cpf)) return [{ razao: 'O parâmetro cpf não respeita o _schema_.', propriedade: 'cpf' }];
  if (cnpj !== null && !CNPJ.test(cnpj)) return [{ razao: 'O parâmetro cnpj não respeita o _schema_.', propriedade: 'cnpj' }];
  if (cpf !== null) window.cpf = cpf;
  if (cnpj !== null) window.cnpj = cnpj;
  return [];
}

function paging(query: URLSearchParams, window: ListWindow): Violation[] {
  const out: Violation[] = [];
  const page = query.get('paginacao.paginaAtual');
  if (page !== null) {
    if (!/^-?\d+$/.test(page)) out.push({ razao: 'O parâmetro paginacao.paginaAtual não respeita o _schema_.', propriedade: 'paginacao.paginaAtual' });
    else if (Number(page) < 0) out.push({ razao: 'O parâmetro paginacao.paginaAtual é negativo.', propriedade: 'paginacao.paginaAtual' });
    else window.paginaAtual = Number(page);
  }
  const size = query.get('paginacao.itensPorPagina');
  if (size !== null) {
    if (!/^-?\d+$/.test(size)) out.push({ razao: 'O parâmetro paginacao.itensPorPagina não respeita o _schema_.', propriedade: 'paginacao.itensPorPagina' });
    else if (Number(size) < 0) out.push({ razao: 'O parâmetro paginacao.itensPorPagina é negativo.', propriedade: 'paginacao.itensPorPagina' });
    else if (Number(size) < 1 || Number(size) > MAX_PAGE_SIZE) {
      out.push({ razao: 'O parâmetro paginacao.itensPorPagina não respeita o _schema_.', propriedade: 'paginacao.itensPorPagina' });
    } else window.itensPorPagina = Number(size);
  }
  return out;
}

export function inWindow(ms: number, window: ListWindow): boolean {
  return (window.inicioMs === undefined || ms >= window.inicioMs) && (window.fimMs === undefined || ms <= window.fimMs);
}

/** One page of `items` and the `parametros` echo of the answer (`inicio`, `fim`, filters, `paginacao`). */
export function page<T>(items: readonly T[], window: ListWindow, filters: Record<string, unknown> = {}): { parametros: Record<string, unknown>; items: T[] } {
  const start = window.paginaAtual * window.itensPorPagina;
  const total = items.length;
  return {
    parametros: {
      ...(window.inicio !== undefined ? { inicio: window.inicio } : {}),
      ...(window.fim !== undefined ? { fim: window.fim } : {}),
      ...filters,
      paginacao: {
        paginaAtual: window.paginaAtual,
        itensPorPagina: window.itensPorPagina,
        quantidadeDePaginas: Math.max(1, Math.ceil(total / window.itensPorPagina)),
        quantidadeTotalDeItens: total,
      },
    },
    items: items.slice(start, start + window.itensPorPagina),
  };
}
