import { isDate } from '../automatic-pix/calendar';
import { readCard, readCvv, type CardFacts } from '../cards/card-rules';
import { has, isObject, readBoolean, readInteger, readMoney, readString, type JsonObject } from '../validation';
import { FREQUENCIES, type Frequency } from './schedule-dates';

export interface RecurrenceBody {
  card: CardFacts;
  recurrenceType: 'LIMITED_TIMES' | 'INDETERMINATE';
  recurrenceFrequency: Frequency;
  startDate: string;
  numberInstallments: number | null;
  amountCents: number;
  maxAttempts: number;
  validateCard: boolean;
  document: string;
  description: string | null;
  userReference: string | null;
  infoData: Record<string, string>;
}

const TYPES = ['LIMITED_TIMES', 'INDETERMINATE'] as const;

/** ASM-A47 request → state, or one 400 message per problem (never quoting card data). */
export function readRecurrenceBody(body: JsonObject, today: string, now: Date, problems: string[]): RecurrenceBody | undefined {
  const card = readCard(body, problems, now);
  readCvv(body, true, problems);
  const type = oneOf(body, 'recurrenceType', TYPES, problems);
  const frequency = oneOf(body, 'recurrenceFrequency', FREQUENCIES, problems);
  const startDate = body.startDate;
  if (!isDate(startDate)) problems.push('startDate is required in yyyy-MM-dd format');
  else if (startDate < today) problems.push('startDate must be today or later');
  const installments = readInstallments(body, type, problems);
  const amountCents = readMoney(body, 'amount', problems, true);
  const maxAttempts = readInteger(body, 'maxAttempts', 1, 10, problems) ?? 3;
  const validateCard = readBoolean(body, 'validateCard', problems) ?? false;
  const document = readString(body, 'document', 14, problems);
  if (document === null || !/^(\d{11}|\d{14})$/.test(document)) problems.push('document is required with 11 or 14 digits');
  const description = readString(body, 'description', 100, problems);
  const userReference = readString(body, 'userReference', 77, problems);
  const infoData = readInfoData(body, problems);
  if (problems.length > 0 || !card || !type || !frequency || amountCents === undefined || installments === undefined || !infoData) return undefined;
  return {
    card,
    recurrenceType: type,
    recurrenceFrequency: frequency,
    startDate: startDate as string,
    numberInstallments: installments,
    amountCents,
    maxAttempts,
    validateCard,
    document: document as string,
    description,
    userReference,
    infoData,
  };
}

function oneOf<T extends string>(body: JsonObject, field: string, allowed: readonly T[], problems: string[]): T | undefined {
  const value = body[field];
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`${field} is required, one of ${allowed.join(', ')}`);
  return undefined;
}

/** Documented: LIMITED_TIMES requires numberInstallments (ASM-A47: 1–120); INDETERMINATE requires it null. */
function readInstallments(body: JsonObject, type: string | undefined, problems: string[]): number | null | undefined {
  if (type === 'INDETERMINATE') {
    if (has(body, 'numberInstallments')) problems.push('numberInstallments must be null for INDETERMINATE');
    return null;
  }
  const count = readInteger(body, 'numberInstallments', 1, 120, problems);
  if (count === undefined && !has(body, 'numberInstallments')) problems.push('numberInstallments is required for LIMITED_TIMES');
  return count;
}

/** ASM-A47: required flat object of string values, at most 20 keys (may be empty). */
function readInfoData(body: JsonObject, problems: string[]): Record<string, string> | undefined {
  const value = body.infoData;
  if (!isObject(value)) {
    problems.push('infoData is required and must be an object');
    return undefined;
  }
  const entries = Object.entries(value);
  if (entries.length > 20 || entries.some(([, v]) => typeof v !== 'string')) {
    problems.push('infoData must have at most 20 keys with string values');
    return undefined;
  }
  return value as Record<string, string>;
}
