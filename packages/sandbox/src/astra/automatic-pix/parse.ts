import { has, isObject, readBoolean, readString, type JsonObject } from '../validation';
import { isDate } from './calendar';
import { PARTICIPANTS, type PartyState } from './store';

/** Request-body checks of ASM-A38/A40/A42: one message per problem (ASM-A07). */

const DOCUMENT = /^(\d{11}|\d{14})$/;
const PERIODICITIES = ['P1W', 'P1M', 'P3M', 'P6M', 'P1Y'];

export function readParty(value: unknown, field: string, problems: string[]): PartyState | undefined {
  if (!isObject(value)) {
    problems.push(`${field} must be an object with name and document`);
    return undefined;
  }
  const before = problems.length;
  if (typeof value.name !== 'string' || value.name.trim() === '' || value.name.length > 100) problems.push(`${field}.name must be 1-100 characters`);
  if (typeof value.document !== 'string' || !DOCUMENT.test(value.document)) problems.push(`${field}.document must be 11 or 14 digits`);
  return problems.length === before ? { name: value.name as string, document: value.document as string } : undefined;
}

/** Integer cents ≥ 1 (this product's unit): a fraction is a unit mistake and is refused. */
export function readCents(body: JsonObject, field: string, problems: string[], required: boolean): number | undefined {
  if (!has(body, field)) {
    if (required) problems.push(`${field} is required`);
    return undefined;
  }
  const value = body[field];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1 || value > 2_147_483_647) {
    problems.push(`${field} must be an integer amount in cents between 1 and 2147483647`);
    return undefined;
  }
  return value;
}

export function readDate(body: JsonObject, field: string, problems: string[], required: boolean): string | undefined {
  if (!has(body, field)) {
    if (required) problems.push(`${field} is required`);
    return undefined;
  }
  const value = body[field];
  if (!isDate(value)) {
    problems.push(`${field} must be a valid date in yyyy-MM-dd format`);
    return undefined;
  }
  return value;
}

export interface AuthorizationBody {
  user: PartyState;
  participantId: string;
  creditors: PartyState[];
  description: string | null;
  maxAmount: number | null;
  minAmount: number | null;
  retryAccepted: boolean;
  periodicity: string;
  startDate: string;
  contractId: string;
  contractDebtor: PartyState | null;
  firstPayment: { amount: number; date: string } | null;
  clientMetadata: Record<string, string> | null;
}

/** ASM-A38, except the date rules that need "today" (the caller checks those). */
export function readAuthorizationBody(body: JsonObject, problems: string[]): AuthorizationBody | undefined {
  const user = readParty(body.user, 'user', problems);
  const participantId = body.participantId;
  if (typeof participantId !== 'string' || !PARTICIPANTS.some((p) => p.ispb === participantId)) problems.push('participantId must be the ispb of a PIX participant');
  const creditors: PartyState[] = [];
  if (!Array.isArray(body.creditors) || body.creditors.length < 1 || body.creditors.length > 10) problems.push('creditors must have 1-10 items');
  else
    body.creditors.forEach((creditor, index) => {
      const party = readParty(creditor, `creditors[${index}]`, problems);
      if (party) creditors.push(party);
    });
  const description = readString(body, 'description', 140, problems);
  const maxAmount = readCents(body, 'maxAmount', problems, false);
  const minAmount = readCents(body, 'minAmount', problems, false);
  if (maxAmount !== undefined && minAmount !== undefined && minAmount > maxAmount) problems.push('minAmount must not be greater than maxAmount');
  const retryAccepted = readBoolean(body, 'retryAccepted', problems) ?? false;
  if (typeof body.periodicity !== 'string' || !PERIODICITIES.includes(body.periodicity)) problems.push(`periodicity must be one of ${PERIODICITIES.join(', ')}`);
  const startDate = readDate(body, 'startDate', problems, true);
  if (typeof body.contractId !== 'string' || body.contractId === '' || body.contractId.length > 50) problems.push('contractId must be 1-50 characters');
  const contractDebtor = has(body, 'contractDebtor') ? readParty(body.contractDebtor, 'contractDebtor', problems) : null;
  let firstPayment: AuthorizationBody['firstPayment'] = null;
  if (has(body, 'firstPayment')) {
    const fp = isObject(body.firstPayment) ? body.firstPayment : {};
    const amount = readCents(fp, 'amount', problems, true);
    const date = readDate(fp, 'date', problems, true);
    if (amount !== undefined && ((minAmount !== undefined && amount < minAmount) || (maxAmount !== undefined && amount > maxAmount)))
      problems.push('firstPayment.amount must be within minAmount and maxAmount');
    if (amount !== undefined && date !== undefined) firstPayment = { amount, date };
  }
  const clientMetadata = isObject(body.clientMetadata) ? (body.clientMetadata as Record<string, string>) : null;
  if (problems.length > 0 || !user || !startDate) return undefined;
  return {
    user,
    participantId: participantId as string,
    creditors,
    description,
    maxAmount: maxAmount ?? null,
    minAmount: minAmount ?? null,
    retryAccepted,
    periodicity: body.periodicity as string,
    startDate,
    contractId: body.contractId as string,
    contractDebtor: contractDebtor ?? null,
    firstPayment,
    clientMetadata,
  };
}
