import type { PixApiCobWire } from '../wire';
export type { PixApiCobWire, PixApiPartyWire, PixApiPixWire, PixApiRefundWire } from '../wire';
import type { PixApiPaging } from '../wire';

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
