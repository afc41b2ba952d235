/** What the simulator stores. Wire shapes are built from these in serialize.ts. */

export type ChargeKind = 'cob' | 'cobv';
export type ChargeStatus = 'ATIVA' | 'CONCLUIDA' | 'REMOVIDA_PELO_USUARIO_RECEBEDOR' | 'REMOVIDA_PELO_PSP';
export type RefundStatus = 'EM_PROCESSAMENTO' | 'DEVOLVIDO' | 'NAO_REALIZADO';

export type Json = Record<string, unknown>;

/** A charge's content as the client wrote it (validated request fields, `loc` and `status` excluded). */
export interface ChargeContent {
  calendario: Json;
  devedor?: Json;
  valor: Json;
  chave: string;
  solicitacaoPagador?: string;
  infoAdicionais?: Json[];
}

export interface StoredLocation {
  id: number;
  location: string;
  tipoCob: ChargeKind;
  criacaoMs: number;
}

export interface StoredCharge {
  kind: ChargeKind;
  txid: string;
  status: ChargeStatus;
  createdAtMs: number;
  /** `history[revisao]` is the content of that revision; the last one is current. */
  history: ChargeContent[];
  /** Canonical JSON of the creating PUT body: the same body again is an idempotent repeat (ASM-X36). */
  createFingerprint: string;
  loc: StoredLocation;
  /** End-to-end ids of the Pix that paid it. */
  pix: string[];
}

export interface Payer {
  nome: string;
  cpf?: string;
  cnpj?: string;
}

export interface ValueComponents {
  originalCents: number;
  multaCents?: number;
  jurosCents?: number;
  abatimentoCents?: number;
  descontoCents?: number;
}

export interface ReceivedPix {
  endToEndId: string;
  txid: string;
  chave: string;
  valorCents: number;
  horarioMs: number;
  infoPagador?: string;
  pagador?: Payer;
  componentes: ValueComponents;
  /** Refund ids, in request order. */
  devolucoes: string[];
}

export interface StoredRefund {
  e2eid: string;
  id: string;
  rtrId: string;
  valorCents: number;
  natureza: 'ORIGINAL' | 'RETIRADA';
  descricao?: string;
  solicitacaoMs: number;
  /** When the sandbox settles it (simulator clock). */
  dueAtMs: number;
  liquidacaoMs?: number;
  status: RefundStatus;
  motivo?: string;
}

export interface StoredWebhook {
  chave: string;
  webhookUrl: string;
  criacaoMs: number;
}

export function currentContent(charge: StoredCharge): ChargeContent {
  return charge.history[charge.history.length - 1];
}
