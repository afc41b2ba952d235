import { brl, type MoneyValue, type PartyRecord } from '../../../domain/models';
import {
  DiscountModality,
  DueDatePixChargeStatus,
  FineModality,
  InterestModality,
  RebateModality,
  type ChargeRule,
  type DiscountRule,
  type DueDatePixChargePayment,
  type DueDatePixChargeRecord,
} from '../../../domain/due-date-charges/model';
import type { CreateDueDatePixChargeCommand, UpdateDueDatePixChargeCommand } from '../../../domain/due-date-charges/port';
import { encodeGlobalId } from '../../../lib/global-id';
import { formatCents, parseDecimal } from '../../../lib/money';
import { PIX_API_DUE_DATE_ASSUMPTIONS as A } from './assumptions';
import type { CobVDebtorWire, CobVDiscountWire, CobVPatchWire, CobVPixWire, CobVRequestWire, CobVRuleWire, CobVValueWire, CobVWire, WireModality } from './wire';

const CODES = A.modalityCodes;

/** Enum value → code, and code → enum value, for one modality table (ASM-X51). */
function table<M extends string>(codes: Record<M, number>) {
  const byCode = new Map<number, M>(Object.entries(codes).map(([name, code]) => [code as number, name as M]));
  return {
    toWire: (modality: M): number => codes[modality],
    fromWire: (code: WireModality): M => {
      const modality = byCode.get(Number(code));
      if (!modality) throw new Error(`API Pix answered an unknown modalidade: ${String(code)}`);
      return modality;
    },
  };
}

const FINE = table<FineModality>(CODES.fine);
const INTEREST = table<InterestModality>(CODES.interest);
const REBATE = table<RebateModality>(CODES.rebate);
const DISCOUNT = table<DiscountModality>(CODES.discount);

/** `"123.45"` → 12345. The PSP's amounts follow `\d{1,10}\.\d{2}`; anything else is a broken answer. */
export function wireCents(value: string): number {
  const parsed = parseDecimal(value);
  if (!parsed.ok) throw new Error(`API Pix answered a malformed amount (${parsed.reason}).`);
  return parsed.cents;
}

const STATUS: Readonly<Record<string, DueDatePixChargeStatus>> = {
  ATIVA: DueDatePixChargeStatus.ACTIVE,
  CONCLUIDA: DueDatePixChargeStatus.PAID,
  REMOVIDA_PELO_USUARIO_RECEBEDOR: DueDatePixChargeStatus.CANCELLED,
  REMOVIDA_PELO_PSP: DueDatePixChargeStatus.REMOVED_BY_PROVIDER,
};

/** Paygraph's status → the wire's, for the list filter; UNKNOWN has none. */
export function statusToWire(status: DueDatePixChargeStatus): string | undefined {
  return Object.entries(STATUS).find(([, value]) => value === status)?.[0];
}

function rule<M>(value: ChargeRule<M>, toWire: (modality: M) => number): CobVRuleWire {
  return { modalidade: toWire(value.modality), valorPerc: formatCents(value.value) };
}

function discountToWire(discount: DiscountRule): CobVDiscountWire {
  const modalidade = DISCOUNT.toWire(discount.modality);
  if (discount.valuePerDay !== null) return { modalidade, valorPerc: formatCents(discount.valuePerDay) };
  return { modalidade, descontoDataFixa: discount.fixedDates.map((entry) => ({ data: entry.date, valorPerc: formatCents(entry.value) })) };
}

function valueToWire(command: UpdateDueDatePixChargeCommand): Partial<CobVValueWire> {
  return {
    ...(command.amountCents !== undefined ? { original: formatCents(command.amountCents) } : {}),
    ...(command.fine ? { multa: rule(command.fine, FINE.toWire) } : {}),
    ...(command.interest ? { juros: rule(command.interest, INTEREST.toWire) } : {}),
    ...(command.rebate ? { abatimento: rule(command.rebate, REBATE.toWire) } : {}),
    ...(command.discount ? { desconto: discountToWire(command.discount) } : {}),
  };
}

function debtorToWire(debtor: CreateDueDatePixChargeCommand['debtor']): CobVDebtorWire {
  return debtor.document.kind === 'CPF' ? { cpf: debtor.document.value, nome: debtor.name } : { cnpj: debtor.document.value, nome: debtor.name };
}

/** `PUT /cobv/{txid}` body. An absent optional rule stays absent. */
export function createToWire(command: CreateDueDatePixChargeCommand, pixKey: string): CobVRequestWire {
  return {
    calendario: {
      dataDeVencimento: command.dueDate,
      ...(command.daysValidAfterDueDate !== undefined ? { validadeAposVencimento: command.daysValidAfterDueDate } : {}),
    },
    devedor: debtorToWire(command.debtor),
    valor: valueToWire(command) as CobVValueWire,
    chave: pixKey,
    ...(command.description !== undefined ? { solicitacaoPagador: command.description } : {}),
  };
}

/** `PATCH /cobv/{txid}` body: only the given fields. */
export function updateToWire(command: UpdateDueDatePixChargeCommand): CobVPatchWire {
  const calendario = {
    ...(command.dueDate !== undefined ? { dataDeVencimento: command.dueDate } : {}),
    ...(command.daysValidAfterDueDate !== undefined ? { validadeAposVencimento: command.daysValidAfterDueDate } : {}),
  };
  const valor = valueToWire(command);
  return {
    ...(Object.keys(calendario).length > 0 ? { calendario } : {}),
    ...(command.debtor ? { devedor: debtorToWire(command.debtor) } : {}),
    ...(Object.keys(valor).length > 0 ? { valor } : {}),
    ...(command.description !== undefined ? { solicitacaoPagador: command.description } : {}),
  };
}

/** The PATCH that cancels an ATIVA charge (ASM-X10). */
export const CANCEL_PATCH: CobVPatchWire = { status: 'REMOVIDA_PELO_USUARIO_RECEBEDOR' };

function ruleFromWire<M>(wire: CobVRuleWire | undefined, fromWire: (code: WireModality) => M): ChargeRule<M> | null {
  return wire ? { modality: fromWire(wire.modalidade), value: wireCents(wire.valorPerc) } : null;
}

function discountFromWire(wire: CobVDiscountWire | undefined): DiscountRule | null {
  if (!wire) return null;
  return {
    modality: DISCOUNT.fromWire(wire.modalidade),
    fixedDates: (wire.descontoDataFixa ?? []).map((entry) => ({ date: entry.data, value: wireCents(entry.valorPerc) })),
    valuePerDay: wire.valorPerc !== undefined && !wire.descontoDataFixa?.length ? wireCents(wire.valorPerc) : null,
  };
}

function debtorFromWire(wire: CobVDebtorWire | undefined): PartyRecord | null {
  if (!wire) return null;
  return { name: wire.nome ?? null, document: wire.cpf ?? wire.cnpj ?? null };
}

function part(wire: { valor: string } | undefined): MoneyValue | null {
  return wire ? brl(wireCents(wire.valor)) : null;
}

function paymentFromWire(wire: CobVPixWire): DueDatePixChargePayment {
  const parts = wire.componentesValor ?? {};
  return {
    endToEndId: wire.endToEndId,
    amount: brl(wireCents(wire.valor)),
    paidAt: new Date(wire.horario),
    original: part(parts.original),
    fine: part(parts.multa),
    interest: part(parts.juros),
    discount: part(parts.desconto),
    rebate: part(parts.abatimento),
  };
}

/** A `CobVGerada` / `CobVCompleta` → the record every resolver serves. */
export function chargeFromWire(wire: CobVWire): DueDatePixChargeRecord {
  return {
    __typename: 'DueDatePixCharge',
    id: encodeGlobalId('DueDatePixCharge', 'PIX_API', wire.txid),
    provider: 'PIX_API',
    txid: wire.txid,
    revision: wire.revisao ?? 0,
    status: STATUS[wire.status] ?? DueDatePixChargeStatus.UNKNOWN,
    providerStatus: wire.status ?? null,
    amount: brl(wireCents(wire.valor.original)),
    dueDate: wire.calendario.dataDeVencimento,
    // The specification's default when a PSP leaves it out (CobDataDeVencimento).
    daysValidAfterDueDate: wire.calendario.validadeAposVencimento ?? 30,
    fine: ruleFromWire(wire.valor.multa, FINE.fromWire),
    interest: ruleFromWire(wire.valor.juros, INTEREST.fromWire),
    rebate: ruleFromWire(wire.valor.abatimento, REBATE.fromWire),
    discount: discountFromWire(wire.valor.desconto),
    debtor: debtorFromWire(wire.devedor),
    description: wire.solicitacaoPagador ?? null,
    brCode: wire.pixCopiaECola ?? null,
    createdAt: wire.calendario.criacao ? new Date(wire.calendario.criacao) : null,
    payments: (wire.pix ?? []).map(paymentFromWire),
  };
}
