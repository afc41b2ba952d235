import { InvalidScalarInput } from '../../lib/scalar-values';
import type { CpfCnpjInput, DecimalInput } from '../../lib/scalar-values';
import { userError, UserErrorCode, type UserErrorShape } from '../user-errors';
import { checkLength, hasForbiddenText, type Validated } from '../input-checks';
import { formatCents } from '../../lib/money';
import { brasiliaDay, inTimeFor, isCalendarDate } from '../../lib/brasilia-calendar';
import type { AutomaticPixPeriodicity, CalendarDate, CreateAutomaticPixAuthorizationCommand, PartyCommand } from './model';
import type { AutomaticPixLimits } from './port';

type Path = string[];
interface PartyArgs {
  name?: string | null;
  document: CpfCnpjInput;
}

/** What createAutomaticPixAuthorization receives after scalar coercion. */
export interface CreateAuthorizationArgs {
  payer: PartyArgs;
  participantIspb: string;
  creditors: PartyArgs[];
  description?: string | null;
  minAmount?: DecimalInput | null;
  maxAmount?: DecimalInput | null;
  retryAccepted?: boolean | null;
  periodicity: AutomaticPixPeriodicity;
  startDate?: string | null;
  contractReference: string;
  contractDebtor?: PartyArgs | null;
  firstPayment?: { amount: DecimalInput; date: string } | null;
}

const ISPB = /^\d{8}$/;

/** Every ASM-A38 rule, checked before any provider call; all problems at once, each with its path. */
export function validateCreateAuthorization(args: CreateAuthorizationArgs, limits: AutomaticPixLimits, now: Date): Validated<CreateAutomaticPixAuthorizationCommand> {
  const errors: UserErrorShape[] = [];
  const payer = checkParty(args.payer, ['input', 'payer'], limits, errors);
  if (!ISPB.test(args.participantIspb))
    errors.push(userError(['input', 'participantIspb'], UserErrorCode.INVALID, 'participantIspb must be 8 digits (an ISPB from automaticPixParticipants).'));
  if (args.creditors.length < 1 || args.creditors.length > limits.creditorsMax) {
    errors.push(userError(['input', 'creditors'], UserErrorCode.INVALID, `creditors must list 1 to ${limits.creditorsMax} parties.`));
  }
  const creditors = args.creditors.map((creditor, index) => checkParty(creditor, ['input', 'creditors', String(index)], limits, errors));
  checkLength(args.description, limits.descriptionMax, ['input', 'description'], errors);
  const minAmountCents = checkMoney(args.minAmount, ['input', 'minAmount'], limits, errors);
  const maxAmountCents = checkMoney(args.maxAmount, ['input', 'maxAmount'], limits, errors);
  if (minAmountCents !== undefined && maxAmountCents !== undefined && minAmountCents > maxAmountCents) {
    errors.push(userError(['input', 'minAmount'], UserErrorCode.INVALID, 'minAmount must not be greater than maxAmount.'));
  }
  const startDate = args.startDate == null ? brasiliaDay(now) : checkDate(args.startDate, ['input', 'startDate'], errors);
  if (startDate !== undefined && startDate < brasiliaDay(now)) {
    errors.push(userError(['input', 'startDate'], UserErrorCode.INVALID, 'startDate must be today or later (Brasília).'));
  }
  if (!args.contractReference.trim()) errors.push(userError(['input', 'contractReference'], UserErrorCode.REQUIRED, 'contractReference is required.'));
  checkLength(args.contractReference, limits.contractReferenceMax, ['input', 'contractReference'], errors);
  const contractDebtor = args.contractDebtor ? checkParty(args.contractDebtor, ['input', 'contractDebtor'], limits, errors) : undefined;
  const firstPayment = checkFirstPayment(args, { minAmountCents, maxAmountCents }, limits, now, errors);
  if (errors.length > 0 || !payer || !startDate || creditors.some((c) => !c)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      payer,
      participantIspb: args.participantIspb,
      creditors: creditors as PartyCommand[],
      ...(args.description != null ? { description: args.description } : {}),
      ...(minAmountCents !== undefined ? { minAmountCents } : {}),
      ...(maxAmountCents !== undefined ? { maxAmountCents } : {}),
      retryAccepted: args.retryAccepted ?? false,
      periodicity: args.periodicity,
      startDate,
      contractReference: args.contractReference,
      ...(contractDebtor ? { contractDebtor } : {}),
      ...(firstPayment ? { firstPayment } : {}),
    },
  };
}

function checkFirstPayment(
  args: CreateAuthorizationArgs,
  range: { minAmountCents?: number; maxAmountCents?: number },
  limits: AutomaticPixLimits,
  now: Date,
  errors: UserErrorShape[],
): { amountCents: number; date: CalendarDate } | undefined {
  if (!args.firstPayment) return undefined;
  const path = ['input', 'firstPayment'];
  const amountCents = checkMoney(args.firstPayment.amount, [...path, 'amount'], limits, errors);
  if (amountCents !== undefined && range.minAmountCents !== undefined && amountCents < range.minAmountCents) {
    errors.push(userError([...path, 'amount'], UserErrorCode.INVALID, `amount must be at least minAmount, ${formatCents(range.minAmountCents)}.`));
  }
  if (amountCents !== undefined && range.maxAmountCents !== undefined && amountCents > range.maxAmountCents) {
    errors.push(userError([...path, 'amount'], UserErrorCode.INVALID, `amount must be at most maxAmount, ${formatCents(range.maxAmountCents)}.`));
  }
  const date = checkDate(args.firstPayment.date, [...path, 'date'], errors);
  if (date !== undefined && !inTimeFor(date, now)) errors.push(userError([...path, 'date'], UserErrorCode.INVALID, 'date must be tomorrow or later (Brasília).'));
  return amountCents !== undefined && date !== undefined ? { amountCents, date } : undefined;
}

export function checkDate(value: string, path: Path, errors: UserErrorShape[]): CalendarDate | undefined {
  if (isCalendarDate(value)) return value;
  errors.push(userError(path, UserErrorCode.INVALID, `${path.at(-1)} must be a date in yyyy-MM-dd format.`));
  return undefined;
}

export function checkMoney(value: DecimalInput | null | undefined, path: Path, limits: AutomaticPixLimits, errors: UserErrorShape[]): number | undefined {
  if (value == null) return undefined;
  if (value instanceof InvalidScalarInput) {
    errors.push(userError(path, UserErrorCode.INVALID, `${path.at(-1)} ${value.reason}`));
    return undefined;
  }
  if (value < 1 || value > limits.maxAmountCents) {
    errors.push(userError(path, UserErrorCode.INVALID, `${path.at(-1)} must be between 0.01 and ${formatCents(limits.maxAmountCents)}.`));
    return undefined;
  }
  return value;
}

function checkParty(party: PartyArgs, path: Path, limits: AutomaticPixLimits, errors: UserErrorShape[]): PartyCommand | undefined {
  const before = errors.length;
  if (party.document instanceof InvalidScalarInput) errors.push(userError([...path, 'document'], UserErrorCode.INVALID, `document ${party.document.reason}`));
  const name = party.name?.trim();
  if (!name) errors.push(userError([...path, 'name'], UserErrorCode.REQUIRED, 'name is required.'));
  else if (hasForbiddenText(name)) errors.push(userError([...path, 'name'], UserErrorCode.INVALID, 'name must not contain control or bidirectional-override characters.'));
  else checkLength(name, limits.nameMax, [...path, 'name'], errors);
  if (errors.length > before || party.document instanceof InvalidScalarInput) return undefined;
  return { name: name!, document: party.document.value };
}
