import { InvalidScalarInput } from '../../lib/scalar-values';
import type { CardSecurityCodeInput, CpfCnpjInput } from '../../lib/scalar-values';
import { addDays, brasiliaDay, isCalendarDate } from '../../lib/brasilia-calendar';
import { checkAmount, checkLength } from '../input-checks';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkCard, checkSecurityCode, type CardArgs } from '../card-input';
import { CardRecurrenceType, type CardRecurrenceFrequency } from './model';
import type { CardRecurrenceLimits, CreateCardRecurrenceCommand } from './port';

/** What CreateCardRecurrenceInput hands over after scalar coercion (card scalars may be markers). */
export interface CreateRecurrenceArgs {
  card: CardArgs;
  securityCode: CardSecurityCodeInput;
  amount: number | InvalidScalarInput;
  frequency: CardRecurrenceFrequency;
  type: CardRecurrenceType;
  count?: number | null;
  startDate?: string | null;
  maxAttempts?: number | null;
  validateCard?: boolean | null;
  payer: { document: CpfCnpjInput };
  description?: string | null;
  reference?: string | null;
}

/** How far ahead a first charge may be planned: a year, so a typo in the year is caught here. */
const START_DATE_MAX_DAYS_AHEAD = 366;

/**
 * Every rule of ASM-A47 checked before any provider call, all problems at once. `now` is the
 * clock the provider judges "today" by (the simulator's in sandbox mode).
 */
export function checkCreateRecurrence(args: CreateRecurrenceArgs, limits: CardRecurrenceLimits, now: Date): { command?: CreateCardRecurrenceCommand; errors: UserErrorShape[] } {
  const errors: UserErrorShape[] = [];
  const card = checkCard(args.card, ['input', 'card'], limits, now, errors);
  const securityCode = checkSecurityCode(args.securityCode, ['input', 'securityCode'], limits, errors);
  const amountCents = checkAmount(args.amount, ['input', 'amount'], limits, errors);
  const count = checkCount(args, limits, errors);
  const startDate = checkStartDate(args.startDate, now, errors);
  const maxAttempts = args.maxAttempts ?? limits.defaultMaxAttempts;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > limits.maxAttemptsMax)
    errors.push(userError(['input', 'maxAttempts'], UserErrorCode.INVALID, `maxAttempts must be between 1 and ${limits.maxAttemptsMax}.`));
  if (args.payer.document instanceof InvalidScalarInput) errors.push(userError(['input', 'payer', 'document'], UserErrorCode.INVALID, `document ${args.payer.document.reason}`));
  checkLength(args.description, limits.descriptionMax, ['input', 'description'], errors);
  checkLength(args.reference, limits.referenceMax, ['input', 'reference'], errors);
  if (errors.length > 0 || !card || !securityCode || amountCents === undefined || !startDate || args.payer.document instanceof InvalidScalarInput) return { errors };
  return {
    errors,
    command: {
      card,
      securityCode,
      amountCents,
      frequency: args.frequency,
      ...(count !== undefined ? { count } : {}),
      startDate,
      maxAttempts,
      validateCard: args.validateCard ?? false,
      payerDocument: args.payer.document,
      ...(args.description != null ? { description: args.description } : {}),
      ...(args.reference != null ? { reference: args.reference } : {}),
    },
  };
}

/** LIMITED_TIMES needs `count` (1–countMax); INDETERMINATE must not have one (ASM-A47). */
function checkCount(args: CreateRecurrenceArgs, limits: CardRecurrenceLimits, errors: UserErrorShape[]): number | undefined {
  if (args.type === CardRecurrenceType.INDETERMINATE) {
    if (args.count != null) errors.push(userError(['input', 'count'], UserErrorCode.INVALID, 'count must be absent for an INDETERMINATE recurrence (it runs until cancelled).'));
    return undefined;
  }
  if (args.count == null) {
    errors.push(userError(['input', 'count'], UserErrorCode.REQUIRED, 'count is required for a LIMITED_TIMES recurrence.'));
    return undefined;
  }
  if (!Number.isInteger(args.count) || args.count < 1 || args.count > limits.countMax) {
    errors.push(userError(['input', 'count'], UserErrorCode.INVALID, `count must be between 1 and ${limits.countMax}.`));
    return undefined;
  }
  return args.count;
}

/** A real date, today (Brasília) or later, at most a year ahead; absent → today. */
function checkStartDate(value: string | null | undefined, now: Date, errors: UserErrorShape[]): string | undefined {
  const today = brasiliaDay(now);
  if (value == null) return today;
  const path = ['input', 'startDate'];
  if (!isCalendarDate(value)) errors.push(userError(path, UserErrorCode.INVALID, 'startDate must be a date in yyyy-MM-dd format.'));
  else if (value < today) errors.push(userError(path, UserErrorCode.INVALID, `startDate must be today (${today}, Brasília) or later.`));
  else if (value > addDays(today, START_DATE_MAX_DAYS_AHEAD)) errors.push(userError(path, UserErrorCode.INVALID, `startDate must be within ${START_DATE_MAX_DAYS_AHEAD} days.`));
  else return value;
  return undefined;
}
