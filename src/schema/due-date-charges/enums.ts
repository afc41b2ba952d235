import { registerEnumType } from 'type-graphql';
import { DiscountModality, DueDatePixChargeStatus, FineModality, InterestModality, RebateModality } from '../../domain/due-date-charges/model';

export { DiscountModality, DueDatePixChargeStatus, FineModality, InterestModality, RebateModality };

// Each value names the API Pix `modalidade` code it stands for ("code 2"): the codes are the standard's, the names are ours.

registerEnumType(DueDatePixChargeStatus, {
  name: 'DueDatePixChargeStatus',
  description: 'Status of the charge record (API Pix `status`). Being overdue is not a status: an ACTIVE charge stays payable for `daysValidAfterDueDate` days after `dueDate`.',
  valuesConfig: {
    ACTIVE: { description: 'ATIVA: created, not paid, not removed.' },
    PAID: { description: 'CONCLUIDA: paid; it accepts no other payment.' },
    CANCELLED: { description: 'REMOVIDA_PELO_USUARIO_RECEBEDOR: cancelled by you (cancelDueDatePixCharge). Terminal.' },
    REMOVED_BY_PROVIDER: { description: 'REMOVIDA_PELO_PSP: removed by the PSP. Terminal.' },
    UNKNOWN: { description: 'The provider reported a status Paygraph does not know; see `providerStatus`.' },
  },
});

registerEnumType(FineModality, {
  name: 'DueDateChargeFineModality',
  description: 'How the fine for paying after the due date is given (API Pix `valor.multa.modalidade`).',
  valuesConfig: {
    FIXED_AMOUNT: { description: 'Code 1: `value` is an amount in BRL.' },
    PERCENTAGE: { description: 'Code 2: `value` is a percentage of the original amount (0–100).' },
  },
});

registerEnumType(InterestModality, {
  name: 'DueDateChargeInterestModality',
  description: 'How interest for paying after the due date accrues (API Pix `valor.juros.modalidade`).',
  valuesConfig: {
    AMOUNT_PER_CALENDAR_DAY: { description: 'Code 1: `value` BRL per calendar day late.' },
    PERCENT_PER_DAY_CALENDAR_DAYS: { description: 'Code 2: `value` % per day, counting calendar days.' },
    PERCENT_PER_MONTH_CALENDAR_DAYS: { description: 'Code 3: `value` % per month, counting calendar days.' },
    PERCENT_PER_YEAR_CALENDAR_DAYS: { description: 'Code 4: `value` % per year, counting calendar days.' },
    AMOUNT_PER_BUSINESS_DAY: { description: 'Code 5: `value` BRL per business day late.' },
    PERCENT_PER_DAY_BUSINESS_DAYS: { description: 'Code 6: `value` % per day, counting business days.' },
    PERCENT_PER_MONTH_BUSINESS_DAYS: { description: 'Code 7: `value` % per month, counting business days.' },
    PERCENT_PER_YEAR_BUSINESS_DAYS: { description: 'Code 8: `value` % per year, counting business days.' },
  },
});

registerEnumType(RebateModality, {
  name: 'DueDateChargeRebateModality',
  description: 'How the rebate, deducted whenever the charge is paid, is given (API Pix `valor.abatimento.modalidade`).',
  valuesConfig: {
    FIXED_AMOUNT: { description: 'Code 1: `value` is an amount in BRL, below the original amount.' },
    PERCENTAGE: { description: 'Code 2: `value` is a percentage of the original amount, below 100.' },
  },
});

registerEnumType(DiscountModality, {
  name: 'DueDateChargeDiscountModality',
  description: 'How the discount for paying early is given (API Pix `valor.desconto.modalidade`).',
  valuesConfig: {
    FIXED_AMOUNT_UNTIL_DATES: { description: 'Code 1: `fixedDates`, each an amount in BRL off when paid on or before its date.' },
    PERCENTAGE_UNTIL_DATES: { description: 'Code 2: `fixedDates`, each a percentage off when paid on or before its date.' },
    AMOUNT_PER_CALENDAR_DAY_EARLY: { description: 'Code 3: `valuePerDay` BRL off per calendar day paid before the due date.' },
    AMOUNT_PER_BUSINESS_DAY_EARLY: { description: 'Code 4: `valuePerDay` BRL off per business day paid before the due date.' },
    PERCENT_PER_CALENDAR_DAY_EARLY: { description: 'Code 5: `valuePerDay` % off per calendar day paid before the due date.' },
    PERCENT_PER_BUSINESS_DAY_EARLY: { description: 'Code 6: `valuePerDay` % off per business day paid before the due date.' },
  },
});
