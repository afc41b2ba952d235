import type { PixApiPaging } from '../wire';

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

/** `CobSolicitada`: the body of `PUT /cob/{txid}`. */
export interface PixApiCobRequest {
  calendario: { expiracao: number };
  devedor?: { nome: string; cpf?: string; cnpj?: string };
  valor: { original: string; modalidadeAlteracao?: number };
  chave: string;
  solicitacaoPagador?: string;
  infoAdicionais?: { nome: string; valor: string }[];
}

/** `GET /cob` (`CobsConsultadas`). */
export interface PixApiCobListWire {
  parametros: { inicio: string; fim: string; paginacao: PixApiPaging };
  cobs: PixApiCobWire[];
}
