import { dayNumber } from './dates';
import { percentOf, toCents } from './money';
import type { Json, ValueComponents } from './model';
import { modalityOf } from './validate-cobv';

/**
 * The amount due on a charge with a due date when paid on `payDay` (ASM-X46): the original, minus
 * the rebate (`abatimento`), minus the discount (`desconto`) when paid on or before the due date,
 * or plus the fine (`multa`, once) and simple interest (`juros`, per day late) after it.
 * Percentages apply to the original amount (the specification's `componentesValor` example:
 * 100.00 two days late with 3 % fine and 1 %/day → 105.00); months count 30 days and years 365;
 * business-day modalities count every day (ASM-X45). The result never drops below 0.01.
 */
export function cobvComponents(calendario: Json, valor: Json, payDay: number): ValueComponents {
  const originalCents = toCents(valor.original as string);
  const dueDay = dayNumber(calendario.dataDeVencimento as string) as number;
  const components: ValueComponents = { originalCents };
  const abatimento = valor.abatimento as Json | undefined;
  if (abatimento) components.abatimentoCents = fixedOrPercent(abatimento, originalCents);
  if (payDay <= dueDay) {
    const discount = valor.desconto ? discountCents(valor.desconto as Json, originalCents, dueDay, payDay) : 0;
    if (discount > 0) components.descontoCents = discount;
  } else {
    const daysLate = payDay - dueDay;
    if (valor.multa) components.multaCents = fixedOrPercent(valor.multa as Json, originalCents);
    if (valor.juros) components.jurosCents = interestCents(valor.juros as Json, originalCents, daysLate);
  }
  return capAtOneCent(components);
}

export function totalCents(components: ValueComponents): number {
  return components.originalCents + (components.multaCents ?? 0) + (components.jurosCents ?? 0) - (components.abatimentoCents ?? 0) - (components.descontoCents ?? 0);
}

function fixedOrPercent(rule: Json, originalCents: number): number {
  const value = rule.valorPerc as string;
  return modalityOf(rule.modalidade) === 1 ? toCents(value) : percentOf(originalCents, value);
}

function interestCents(juros: Json, originalCents: number, daysLate: number): number {
  const value = juros.valorPerc as string;
  switch (modalityOf(juros.modalidade)) {
    case 1:
    case 5:
      return toCents(value) * daysLate;
    case 2:
    case 6:
      return percentOf(originalCents, value, daysLate);
    case 3:
    case 7:
      return percentOf(originalCents, value, daysLate, 30);
    default:
      return percentOf(originalCents, value, daysLate, 365);
  }
}

/**
 * Modalities 1/2: the entry with the earliest date still on or after the payment day. 3–6: a
 * value or percentage per day paid before the due date.
 */
function discountCents(desconto: Json, originalCents: number, dueDay: number, payDay: number): number {
  const modality = modalityOf(desconto.modalidade) as number;
  if (modality <= 2) {
    const entries = (desconto.descontoDataFixa as Json[])
      .map((entry) => ({ day: dayNumber(entry.data as string) as number, value: entry.valorPerc as string }))
      .filter((entry) => entry.day >= payDay)
      .sort((a, b) => a.day - b.day);
    if (entries.length === 0) return 0;
    return modality === 1 ? toCents(entries[0].value) : percentOf(originalCents, entries[0].value);
  }
  const daysEarly = dueDay - payDay;
  const value = desconto.valorPerc as string;
  return modality === 3 || modality === 4 ? toCents(value) * daysEarly : percentOf(originalCents, value, daysEarly);
}

function capAtOneCent(components: ValueComponents): ValueComponents {
  const excess = 1 - totalCents(components);
  if (excess <= 0) return components;
  // Shrink the discount first, then the rebate, so the payer always pays at least 0.01.
  const out = { ...components };
  const fromDiscount = Math.min(excess, out.descontoCents ?? 0);
  if (out.descontoCents !== undefined) out.descontoCents -= fromDiscount;
  if (out.abatimentoCents !== undefined) out.abatimentoCents -= excess - fromDiscount;
  return out;
}
