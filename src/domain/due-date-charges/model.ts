import type { ProviderCode } from '../../providers';
import type { CalendarDate } from '../../lib/brasilia-calendar';
import type { MoneyValue, PartyRecord } from '../models';

/**
 * Charges with a due date (the API Pix's `cobv`): payable up to a date, then for a number of
 * days more with a fine and interest; before it, with discounts; always less a rebate. Rule
 * values are integers in hundredths: cents for amounts, hundredths of a percent for percentages
 * ("2.50" % is 250), so no float ever carries money.
 */

export enum DueDatePixChargeStatus {
  ACTIVE = 'ACTIVE',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
  REMOVED_BY_PROVIDER = 'REMOVED_BY_PROVIDER',
  /** The provider reported a status Paygraph does not know; see `providerStatus`. */
  UNKNOWN = 'UNKNOWN',
}

/** Fine charged once when paid after the due date (API Pix `valor.multa.modalidade` 1–2). */
export enum FineModality {
  FIXED_AMOUNT = 'FIXED_AMOUNT',
  PERCENTAGE = 'PERCENTAGE',
}

/** Interest per day late (API Pix `valor.juros.modalidade` 1–8). */
export enum InterestModality {
  AMOUNT_PER_CALENDAR_DAY = 'AMOUNT_PER_CALENDAR_DAY',
  PERCENT_PER_DAY_CALENDAR_DAYS = 'PERCENT_PER_DAY_CALENDAR_DAYS',
  PERCENT_PER_MONTH_CALENDAR_DAYS = 'PERCENT_PER_MONTH_CALENDAR_DAYS',
  PERCENT_PER_YEAR_CALENDAR_DAYS = 'PERCENT_PER_YEAR_CALENDAR_DAYS',
  AMOUNT_PER_BUSINESS_DAY = 'AMOUNT_PER_BUSINESS_DAY',
  PERCENT_PER_DAY_BUSINESS_DAYS = 'PERCENT_PER_DAY_BUSINESS_DAYS',
  PERCENT_PER_MONTH_BUSINESS_DAYS = 'PERCENT_PER_MONTH_BUSINESS_DAYS',
  PERCENT_PER_YEAR_BUSINESS_DAYS = 'PERCENT_PER_YEAR_BUSINESS_DAYS',
}

/** Rebate always deducted (API Pix `valor.abatimento.modalidade` 1–2). */
export enum RebateModality {
  FIXED_AMOUNT = 'FIXED_AMOUNT',
  PERCENTAGE = 'PERCENTAGE',
}

/** Discount for paying early (API Pix `valor.desconto.modalidade` 1–6). */
export enum DiscountModality {
  FIXED_AMOUNT_UNTIL_DATES = 'FIXED_AMOUNT_UNTIL_DATES',
  PERCENTAGE_UNTIL_DATES = 'PERCENTAGE_UNTIL_DATES',
  AMOUNT_PER_CALENDAR_DAY_EARLY = 'AMOUNT_PER_CALENDAR_DAY_EARLY',
  AMOUNT_PER_BUSINESS_DAY_EARLY = 'AMOUNT_PER_BUSINESS_DAY_EARLY',
  PERCENT_PER_CALENDAR_DAY_EARLY = 'PERCENT_PER_CALENDAR_DAY_EARLY',
  PERCENT_PER_BUSINESS_DAY_EARLY = 'PERCENT_PER_BUSINESS_DAY_EARLY',
}

/** Modalities whose discount is a list of (date, value) pairs; the others take one value per day early. */
export const FIXED_DATE_DISCOUNTS: ReadonlySet<DiscountModality> = new Set([DiscountModality.FIXED_AMOUNT_UNTIL_DATES, DiscountModality.PERCENTAGE_UNTIL_DATES]);

const PERCENT_MODALITIES: ReadonlySet<string> = new Set([
  FineModality.PERCENTAGE,
  RebateModality.PERCENTAGE,
  InterestModality.PERCENT_PER_DAY_CALENDAR_DAYS,
  InterestModality.PERCENT_PER_MONTH_CALENDAR_DAYS,
  InterestModality.PERCENT_PER_YEAR_CALENDAR_DAYS,
  InterestModality.PERCENT_PER_DAY_BUSINESS_DAYS,
  InterestModality.PERCENT_PER_MONTH_BUSINESS_DAYS,
  InterestModality.PERCENT_PER_YEAR_BUSINESS_DAYS,
  DiscountModality.PERCENTAGE_UNTIL_DATES,
  DiscountModality.PERCENT_PER_CALENDAR_DAY_EARLY,
  DiscountModality.PERCENT_PER_BUSINESS_DAY_EARLY,
]);

/** Whether a modality's value is a percentage (hundredths of a percent) rather than an amount (cents). */
export function isPercentModality(modality: FineModality | InterestModality | RebateModality | DiscountModality): boolean {
  return PERCENT_MODALITIES.has(modality);
}

/** A fine, interest or rebate: its modality and value (cents, or hundredths of a percent). */
export interface ChargeRule<M> {
  modality: M;
  value: number;
}

export interface FixedDateDiscount {
  /** Last Brasília day the discount applies, on or before the due date. */
  date: CalendarDate;
  value: number;
}

export interface DiscountRule {
  modality: DiscountModality;
  /** For FIXED_AMOUNT_UNTIL_DATES / PERCENTAGE_UNTIL_DATES: 1–3 pairs, dates ascending. Empty otherwise. */
  fixedDates: FixedDateDiscount[];
  /** For the per-day modalities: the value per day paid early. Null otherwise. */
  valuePerDay: number | null;
}

/** The rules of a due-date charge, as created (and as read back). */
export interface DueDateChargeTerms {
  fine: ChargeRule<FineModality> | null;
  interest: ChargeRule<InterestModality> | null;
  rebate: ChargeRule<RebateModality> | null;
  discount: DiscountRule | null;
}

/** One Pix received for the charge, with how its amount was made up when the provider says. */
export interface DueDatePixChargePayment {
  endToEndId: string;
  amount: MoneyValue;
  paidAt: Date;
  original: MoneyValue | null;
  fine: MoneyValue | null;
  interest: MoneyValue | null;
  discount: MoneyValue | null;
  rebate: MoneyValue | null;
}

export interface DueDatePixChargeRecord extends DueDateChargeTerms {
  __typename: 'DueDatePixCharge';
  id: string;
  provider: ProviderCode;
  txid: string;
  /** The provider's revision number: 0 when created, +1 per change. */
  revision: number;
  status: DueDatePixChargeStatus;
  providerStatus: string | null;
  /** The original amount (before fine, interest, discount and rebate). */
  amount: MoneyValue;
  dueDate: CalendarDate;
  daysValidAfterDueDate: number;
  debtor: PartyRecord | null;
  description: string | null;
  brCode: string | null;
  createdAt: Date | null;
  payments: DueDatePixChargePayment[];
}
