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

/* Shapes every family reads (a cob lists its Pix, a Pix its refunds). */

/** `devedor` / optional `pagador` (ASM-X16): a person (`cpf`) or a company (`cnpj`). */
export interface PixApiPartyWire {
  nome?: string;
  cpf?: string;
  cnpj?: string;
}

/** `Devolucao`: one refund of a received Pix. */
export interface PixApiRefundWire {
  id: string;
  rtrId?: string;
  valor: string;
  natureza?: string;
  descricao?: string;
  horario?: { solicitacao?: string; liquidacao?: string };
  status: string;
  motivo?: string;
}

/** `Pix`: one received Pix (`GET /pix/{e2eid}`, a cob's `pix` list, the callback's items). */
export interface PixApiPixWire {
  endToEndId: string;
  txid?: string;
  valor: string;
  chave?: string;
  horario: string;
  infoPagador?: string;
  /** Not in the specification (ASM-X16): read when a PSP adds it. */
  pagador?: PixApiPartyWire;
  devolucoes?: PixApiRefundWire[];
}

/** `CobCompleta` / `CobGerada`. */
export interface PixApiCobWire {
  calendario: { criacao?: string; expiracao?: number };
  txid: string;
  revisao?: number;
  loc?: { id?: number; location?: string; tipoCob?: string };
  location?: string;
  status: string;
  devedor?: PixApiPartyWire;
  valor: { original: string; modalidadeAlteracao?: number };
  chave?: string;
  solicitacaoPagador?: string;
  infoAdicionais?: { nome: string; valor: string }[];
  pixCopiaECola?: string;
  pix?: PixApiPixWire[];
}
