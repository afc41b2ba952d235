/** `DevolucaoSolicitada`: the body of `PUT /pix/{e2eid}/devolucao/{id}` (ASM-X11: natureza ORIGINAL by default). */
export interface PixApiRefundRequest {
  valor: string;
  descricao?: string;
}

export type { PixApiRefundWire } from '../wire';
