import type { CreateChargeInput } from './pix-service';
import { has, isObject, readBoolean, readInteger, readMoney, readString, type JsonObject } from './validation';
import type { DebtorWire } from './wire';

const DEFAULT_EXPIRATION = 86_400; // the documented default
const MAX_EXPIRATION = 2_592_000; // 30 days (ASM-A19)
const MAX_DEBTOR_NAME = 100; // ASM-A19, like every name Astra documents
const CPF = /^\d{11}$/;
const CNPJ = /^\d{14}$/;

export type Parsed<T> = { value: T; problems?: undefined } | { value?: undefined; problems: string[] };

/** ASM-A19 validation of `POST /charge/v1/dynamic`; unknown properties are ignored (ASM-A06). */
export function parseCreateCharge(body: unknown): Parsed<CreateChargeInput> {
  if (!isObject(body)) return { problems: ['Request body must be a JSON object'] };
  const problems: string[] = [];
  const amountCents = readMoney(body, 'amount', problems, true);
  const expiration = readInteger(body, 'expiration', 1, MAX_EXPIRATION, problems) ?? DEFAULT_EXPIRATION;
  const description = readString(body, 'description', 140, problems);
  const userReference = readString(body, 'userReference', 77, problems);
  const debtor = readDebtor(body, problems);
  const validateDebtor = readBoolean(body, 'validateDebtor', problems) ?? false;
  if (validateDebtor && !has(body, 'debtor')) problems.push('validateDebtor requires a debtor');
  if (problems.length > 0 || amountCents === undefined) return { problems };
  return { value: { amountCents, expiration, description, userReference, debtor, validateDebtor } };
}

/** ASM-A19: a debtor needs `name` and exactly one document (CPF 11 digits or CNPJ 14 digits, ASM-A06). */
function readDebtor(body: JsonObject, problems: string[]): DebtorWire | null {
  if (!has(body, 'debtor')) return null;
  const debtor = body.debtor;
  if (!isObject(debtor)) {
    problems.push('debtor must be an object');
    return null;
  }
  const before = problems.length;
  const name = debtor.name;
  if (typeof name !== 'string' || name.trim().length === 0) problems.push('debtor.name is required');
  else if (name.length > MAX_DEBTOR_NAME) problems.push(`debtor.name must have at most ${MAX_DEBTOR_NAME} characters`);
  const cpf = readDocument(debtor, 'naturalPersonIdentification', CPF, 'a CPF of 11 digits', problems);
  const cnpj = readDocument(debtor, 'legalPersonIdentification', CNPJ, 'a CNPJ of 14 digits', problems);
  const given = [has(debtor, 'naturalPersonIdentification'), has(debtor, 'legalPersonIdentification')].filter(Boolean).length;
  if (given !== 1) {
    problems.push('debtor requires exactly one of naturalPersonIdentification or legalPersonIdentification');
  }
  if (problems.length > before) return null;
  return { name: name as string, naturalPersonIdentification: cpf, legalPersonIdentification: cnpj };
}

function readDocument(debtor: JsonObject, field: string, pattern: RegExp, what: string, problems: string[]): string | null {
  if (!has(debtor, field)) return null;
  const value = debtor[field];
  if (typeof value !== 'string' || !pattern.test(value)) {
    problems.push(`debtor.${field} must be ${what}`);
    return null;
  }
  return value;
}
