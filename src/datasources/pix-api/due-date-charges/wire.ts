import type { PixApiPaging } from '../wire';

/**
 * The API Pix's spelling of charges with a due date (openapi.yaml, release 2.9.0: `CobVSolicitada`,
 * `CobVRevisada`, `CobVCompleta`, `CobsVConsultadas`). Amounts and percentages are strings
 * `\d{1,10}\.\d{2}`. `modalidade` is an integer in the schema but a string in the specification's
 * own example (`cobBody1`); both are read (ASM-X51).
 */

export type WireModality = number | string;

export interface CobVRuleWire {
  modalidade: WireModality;
  valorPerc: string;
}

export interface CobVDiscountWire {
  modalidade: WireModality;
  descontoDataFixa?: { data: string; valorPerc: string }[];
  valorPerc?: string;
}

export interface CobVValueWire {
  original: string;
  multa?: CobVRuleWire;
  juros?: CobVRuleWire;
  abatimento?: CobVRuleWire;
  desconto?: CobVDiscountWire;
}

export interface CobVDebtorWire {
  cpf?: string;
  cnpj?: string;
  nome?: string;
  email?: string;
  logradouro?: string;
  cidade?: string;
  uf?: string;
  cep?: string;
}

/** `PUT /cobv/{txid}` body (`CobVSolicitada`). */
export interface CobVRequestWire {
  calendario: { dataDeVencimento: string; validadeAposVencimento?: number };
  devedor: CobVDebtorWire;
  valor: CobVValueWire;
  chave: string;
  solicitacaoPagador?: string;
}

/** `PATCH /cobv/{txid}` body (`CobVRevisada`): only what changes. */
export interface CobVPatchWire {
  calendario?: { dataDeVencimento?: string; validadeAposVencimento?: number };
  devedor?: CobVDebtorWire;
  valor?: Partial<CobVValueWire>;
  solicitacaoPagador?: string;
  status?: 'REMOVIDA_PELO_USUARIO_RECEBEDOR';
}

/** One received Pix in a charge's `pix` list (`Pix`), with the parts of its value. */
export interface CobVPixWire {
  endToEndId: string;
  txid?: string;
  valor: string;
  horario: string;
  infoPagador?: string;
  componentesValor?: {
    original?: { valor: string };
    multa?: { valor: string };
    juros?: { valor: string };
    desconto?: { valor: string };
    abatimento?: { valor: string };
  };
}

/** `PUT`/`PATCH` answer (`CobVGerada`) and `GET /cobv/{txid}` (`CobVCompleta`). */
export interface CobVWire {
  calendario: { criacao?: string; dataDeVencimento: string; validadeAposVencimento?: number };
  txid: string;
  revisao?: number;
  loc?: { id?: number; location?: string; tipoCob?: string; criacao?: string };
  location?: string;
  status: string;
  devedor?: CobVDebtorWire;
  recebedor?: Record<string, unknown>;
  valor: CobVValueWire;
  chave?: string;
  solicitacaoPagador?: string;
  pixCopiaECola?: string;
  pix?: CobVPixWire[];
}

/** `GET /cobv` (`CobsVConsultadas`). */
export interface CobVListWire {
  parametros: { inicio: string; fim: string; paginacao: PixApiPaging };
  cobs: CobVWire[];
}
