/**
 * ASM-A56: how Astra splits a link's total into `count` card installments. Every installment is
 * the total divided by `count`, rounded DOWN to the cent, and the first one absorbs the remaining
 * cents, so the installments add up to the total exactly (the way Brazilian card acquirers charge
 * them). Integer cents only; `count` ≥ 1.
 */
export function splitIntoInstallments(totalCents: number, count: number): number[] {
  const each = Math.floor(totalCents / count);
  const remainder = totalCents - each * count;
  return Array.from({ length: count }, (_, index) => (index === 0 ? each + remainder : each));
}
