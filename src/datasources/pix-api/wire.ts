/**
 * Wire shapes shared by every API Pix family (openapi.yaml of release 2.9.0): the token answer and
 * the RFC 7807 problem. Family shapes live in each family's `wire.ts`.
 */

/** `POST <token URL>` (OAuth 2.0 client credentials, ASM-X02). */
export interface PixApiTokenResponse {
  access_token: string;
  token_type?: string;
  /** Seconds. */
  expires_in: number | string;
  scope?: string;
}

/** `Violacao`: `propriedade` names the request property, e.g. `cob.valor.original`. */
export interface PixApiViolation {
  razao?: string;
  propriedade?: string;
  valor?: string;
}

/** `Problema` (ASM-X13). */
export interface PixApiProblem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  correlationId?: string;
  violacoes?: PixApiViolation[];
}

/** `paginacao` of every list answer. */
export interface PixApiPaging {
  paginaAtual: number;
  itensPorPagina: number;
  quantidadeDePaginas: number;
  quantidadeTotalDeItens: number;
}
