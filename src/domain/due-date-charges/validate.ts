import { InvalidScalarInput, type CpfCnpjInput, type DecimalInput } from '../../lib/scalar-values';
import { isCalendarDate, type CalendarDate } from '../../lib/brasilia-calendar';
import { formatCents } from '../../lib/money';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkAmount, checkLength, type Validated } from '../input-checks';
import {
  FIXED_DATE_DISCOUNTS,
  isPercentModality,
  type ChargeRule,
  type DiscountModality,
  type DiscountRule,
  type FineModality,
  type FixedDateDiscount,
  type InterestModality,
  type RebateModality,
} from './model';
import type { CreateDueDatePixChargeCommand, DueDatePixChargeLimits } from './port';

/** 100.00 % in hundredths of a percent. */
const HUNDRED_PERCENT = 10_000;

/** A fine, interest or rebate as the schema hands it over (value: cents or hundredths of a percent, or the scalar's marker). */
export interface ChargeRuleArgs<M> {
  modality: M;
  value: DecimalInput;
}

export interface DiscountArgs {
  modality: DiscountModality;
  fixedDates?: { date: string; value: DecimalInput }[] | null;
  valuePerDay?: DecimalInput | null;
}

/** What createDueDatePixCharge receives, after scalar coercion. */
export interface CreateDueDatePixChargeArgs {
  amount: DecimalInput;
  dueDate: string;
  daysValidAfterDueDate?: number | null;
  debtor: { name?: string | null; document: CpfCnpjInput };
  description?: string | null;
  fine?: ChargeRuleArgs<FineModality> | null;
  interest?: ChargeRuleArgs<InterestModality> | null;
  rebate?: ChargeRuleArgs<RebateModality> | null;
  discount?: DiscountArgs | null;
}

/**
 * The API Pix's rules for a `cobv` (its CobVOperacaoInvalida violations), checked before any
 * provider call, every problem at once with its input path. `today` is the Brasília day at the
 * (sandbox) clock's now: a due date may not be before it.
 */
export function validateCreateDueDatePixCharge(args: CreateDueDatePixChargeArgs, limits: DueDatePixChargeLimits, today: CalendarDate): Validated<CreateDueDatePixChargeCommand> {
  const errors: UserErrorShape[] = [];
  const amountCents = checkAmount(args.amount, ['input', 'amount'], limits, errors);
  const dueDate = checkDueDate(args.dueDate, today, errors);
  if (args.daysValidAfterDueDate != null && args.daysValidAfterDueDate < 0) {
    errors.push(userError(['input', 'daysValidAfterDueDate'], UserErrorCode.INVALID, 'daysValidAfterDueDate must be 0 or more.'));
  }
  const debtor = checkDebtor(args.debtor, limits, errors);
  checkLength(args.description, limits.descriptionMax, ['input', 'description'], errors);
  const fine = args.fine ? checkRule(args.fine, ['input', 'fine'], limits, errors) : null;
  const interest = args.interest ? checkRule(args.interest, ['input', 'interest'], limits, errors) : null;
  const rebate = args.rebate ? checkDeduction(args.rebate, ['input', 'rebate'], amountCents, limits, errors) : null;
  const discount = args.discount ? checkDiscount(args.discount, { amountCents, dueDate, today }, limits, errors) : null;
  if (errors.length === 0 && amountCents !== undefined) checkSomethingLeftToPay(amountCents, rebate, discount, errors);
  if (errors.length > 0 || amountCents === undefined || dueDate === undefined || !debtor) return { ok: false, errors };
  return {
    ok: true,
    value: {
      amountCents,
      dueDate,
      ...(args.daysValidAfterDueDate != null ? { daysValidAfterDueDate: args.daysValidAfterDueDate } : {}),
      debtor,
      ...(args.description != null ? { description: args.description } : {}),
      fine: fine ?? null,
      interest: interest ?? null,
      rebate: rebate ?? null,
      discount: discount ?? null,
    },
  };
}

function checkDueDate(dueDate: string, today: CalendarDate, errors: UserErrorShape[]): CalendarDate | undefined {
  const field = ['input', 'dueDate'];
  if (!isCalendarDate(dueDate)) {
    errors.push(userError(field, UserErrorCode.INVALID, 'dueDate must be a calendar date, yyyy-MM-dd.'));
    return undefined;
  }
  if (dueDate < today) {
    errors.push(userError(field, UserErrorCode.INVALID, `dueDate must be today (${today}, Brasília) or later.`));
    return undefined;
  }
  return dueDate;
}

function checkDebtor(debtor: CreateDueDatePixChargeArgs['debtor'], limits: DueDatePixChargeLimits, errors: UserErrorShape[]): CreateDueDatePixChargeCommand['debtor'] | undefined {
  const before = errors.length;
  if (debtor.document instanceof InvalidScalarInput) {
    errors.push(userError(['input', 'debtor', 'document'], UserErrorCode.INVALID, `document ${debtor.document.reason}`));
  }
  // The API Pix requires a name with the CPF or CNPJ of a cobv's debtor (PessoaFisica / PessoaJuridica).
  if (!debtor.name?.trim()) errors.push(userError(['input', 'debtor', 'name'], UserErrorCode.REQUIRED, 'debtor.name is required.'));
  else checkLength(debtor.name, limits.debtorNameMax, ['input', 'debtor', 'name'], errors);
  if (errors.length > before || debtor.document instanceof InvalidScalarInput || !debtor.name) return undefined;
  return { name: debtor.name, document: debtor.document };
}

/** A value above 0 with at most 2 decimals (the scalar), at most 100.00 for a percentage, within the amount range otherwise. */
function checkValue(value: DecimalInput, percent: boolean, field: string[], limits: DueDatePixChargeLimits, errors: UserErrorShape[]): number | undefined {
  const name = field.at(-1);
  if (value instanceof InvalidScalarInput) {
    errors.push(userError(field, UserErrorCode.INVALID, `${name} ${value.reason}`));
    return undefined;
  }
  if (value <= 0) {
    errors.push(userError(field, UserErrorCode.INVALID, `${name} must be above 0.`));
    return undefined;
  }
  const max = percent ? HUNDRED_PERCENT : limits.maxAmountCents;
  if (value > max) {
    errors.push(userError(field, UserErrorCode.INVALID, `${name} must be at most ${formatCents(max)}${percent ? ' (a percentage)' : ''}.`));
    return undefined;
  }
  return value;
}

function checkRule<M extends FineModality | InterestModality | RebateModality>(
  rule: ChargeRuleArgs<M>,
  field: string[],
  limits: DueDatePixChargeLimits,
  errors: UserErrorShape[],
): ChargeRule<M> | undefined {
  const value = checkValue(rule.value, isPercentModality(rule.modality), [...field, 'value'], limits, errors);
  return value === undefined ? undefined : { modality: rule.modality, value };
}

/** A rebate or discount value must stay below the original amount, or below 100 % (the API Pix refuses "≥"). */
function checkBelowWhole(value: number, percent: boolean, amountCents: number | undefined, field: string[], errors: UserErrorShape[]): boolean {
  if (percent && value >= HUNDRED_PERCENT) {
    errors.push(userError(field, UserErrorCode.INVALID, `${field.at(-1)} must be below 100.00 (%).`));
    return false;
  }
  if (!percent && amountCents !== undefined && value >= amountCents) {
    errors.push(userError(field, UserErrorCode.INVALID, `${field.at(-1)} must be below the amount (${formatCents(amountCents)}).`));
    return false;
  }
  return true;
}

function checkDeduction(
  rule: ChargeRuleArgs<RebateModality>,
  field: string[],
  amountCents: number | undefined,
  limits: DueDatePixChargeLimits,
  errors: UserErrorShape[],
): ChargeRule<RebateModality> | undefined {
  const checked = checkRule(rule, field, limits, errors);
  if (!checked) return undefined;
  return checkBelowWhole(checked.value, isPercentModality(rule.modality), amountCents, [...field, 'value'], errors) ? checked : undefined;
}

interface DiscountContext {
  amountCents: number | undefined;
  dueDate: CalendarDate | undefined;
  today: CalendarDate;
}

function checkDiscount(discount: DiscountArgs, context: DiscountContext, limits: DueDatePixChargeLimits, errors: UserErrorShape[]): DiscountRule | undefined {
  const field = ['input', 'discount'];
  const before = errors.length;
  const byDate = FIXED_DATE_DISCOUNTS.has(discount.modality);
  const percent = isPercentModality(discount.modality);
  const fixedDates = discount.fixedDates ?? [];
  if (byDate) {
    if (discount.valuePerDay != null)
      errors.push(userError([...field, 'valuePerDay'], UserErrorCode.INVALID, `valuePerDay is not used with ${discount.modality}; give fixedDates.`));
    if (fixedDates.length === 0)
      errors.push(userError([...field, 'fixedDates'], UserErrorCode.REQUIRED, `fixedDates (1 to ${limits.maxFixedDateDiscounts}) is required with ${discount.modality}.`));
    if (fixedDates.length > limits.maxFixedDateDiscounts) {
      errors.push(userError([...field, 'fixedDates'], UserErrorCode.INVALID, `fixedDates must have at most ${limits.maxFixedDateDiscounts} entries.`));
    }
  } else {
    if (fixedDates.length > 0) errors.push(userError([...field, 'fixedDates'], UserErrorCode.INVALID, `fixedDates is not used with ${discount.modality}; give valuePerDay.`));
    if (discount.valuePerDay == null) errors.push(userError([...field, 'valuePerDay'], UserErrorCode.REQUIRED, `valuePerDay is required with ${discount.modality}.`));
  }
  if (errors.length > before) return undefined;
  if (!byDate) {
    const valueField = [...field, 'valuePerDay'];
    const value = checkValue(discount.valuePerDay!, percent, valueField, limits, errors);
    if (value === undefined || !checkBelowWhole(value, percent, context.amountCents, valueField, errors)) return undefined;
    return { modality: discount.modality, fixedDates: [], valuePerDay: value };
  }
  const checked = fixedDates.map((entry, index) => checkFixedDate(entry, percent, [...field, 'fixedDates', String(index)], context, limits, errors));
  checkAscending(fixedDates, field, errors);
  if (errors.length > before) return undefined;
  return { modality: discount.modality, fixedDates: checked as FixedDateDiscount[], valuePerDay: null };
}

function checkFixedDate(
  entry: { date: string; value: DecimalInput },
  percent: boolean,
  field: string[],
  context: DiscountContext,
  limits: DueDatePixChargeLimits,
  errors: UserErrorShape[],
): FixedDateDiscount | undefined {
  const dateField = [...field, 'date'];
  let dateOk = isCalendarDate(entry.date);
  if (!dateOk) errors.push(userError(dateField, UserErrorCode.INVALID, 'date must be a calendar date, yyyy-MM-dd.'));
  else if (entry.date < context.today) dateOk = fail(errors, dateField, `date must be today (${context.today}, Brasília) or later.`);
  else if (context.dueDate !== undefined && entry.date > context.dueDate) dateOk = fail(errors, dateField, `date must be on or before the due date (${context.dueDate}).`);
  const valueField = [...field, 'value'];
  const value = checkValue(entry.value, percent, valueField, limits, errors);
  const valueOk = value !== undefined && checkBelowWhole(value, percent, context.amountCents, valueField, errors);
  return dateOk && valueOk ? { date: entry.date, value: value } : undefined;
}

/** Fixed-date discounts in strictly ascending date order: one value per last day, read in order. */
function checkAscending(fixedDates: { date: string }[], field: string[], errors: UserErrorShape[]): void {
  for (let index = 1; index < fixedDates.length; index++) {
    const [earlier, later] = [fixedDates[index - 1].date, fixedDates[index].date];
    if (isCalendarDate(earlier) && isCalendarDate(later) && later <= earlier) {
      errors.push(
        userError(
          [...field, 'fixedDates', String(index), 'date'],
          UserErrorCode.INVALID,
          `date must be after fixedDates[${index - 1}].date (${earlier}): dates strictly ascending.`,
        ),
      );
    }
  }
}

function fail(errors: UserErrorShape[], field: string[], message: string): false {
  errors.push(userError(field, UserErrorCode.INVALID, message));
  return false;
}

/** Cents a rule takes off `amountCents` (a percentage rounds down: the payer is never charged more than the rule says). */
function centsOff(amountCents: number, value: number, percent: boolean): number {
  return percent ? Math.floor((amountCents * value) / HUNDRED_PERCENT) : value;
}

/**
 * What the payer owes with the rebate and the largest fixed-date discount must stay above 0
 * (the API Pix refuses a charge that nets to nothing). Per-day discounts depend on the payment
 * day; each is already below the whole.
 */
function checkSomethingLeftToPay(
  amountCents: number,
  rebate: ChargeRule<RebateModality> | null | undefined,
  discount: DiscountRule | null | undefined,
  errors: UserErrorShape[],
): void {
  const rebateCents = rebate ? centsOff(amountCents, rebate.value, isPercentModality(rebate.modality)) : 0;
  const discountPercent = discount ? isPercentModality(discount.modality) : false;
  const largestDiscount = Math.max(0, ...(discount?.fixedDates ?? []).map((entry) => centsOff(amountCents, entry.value, discountPercent)));
  if (amountCents - rebateCents - largestDiscount <= 0) {
    errors.push(
      userError(
        ['input', 'rebate'],
        UserErrorCode.INVALID,
        `The amount less the rebate and the largest discount must stay above 0 (it would be ${formatCents(amountCents - rebateCents - largestDiscount)}).`,
      ),
    );
  }
}
