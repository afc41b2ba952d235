import { has, isObject, readMoney, readString, type JsonObject } from '../validation';

export interface SimPayment {
  paymentId: string;
  pixKey: { type: string; value: string };
  amountCents: number;
  beneficiaryName: string;
  description: string | null;
  paymentDate: string | null;
  userReference: string | null;
  status: 'PENDING' | 'PAID' | 'FAILED' | 'CANCELED';
  endToEndId: string | null;
  processedAtMs: number | null;
  failureReason: string | null;
}

export interface CheckoutInput {
  checkoutId: string;
  debitAccount: { agency: string; account: string; accountType: string; accountDigit: string };
  payments: SimPayment[];
  userReference: string | null;
}

const KEY_RULES: Record<string, RegExp> = {
  CPF: /^[0-9]{11}$/,
  CNPJ: /^[0-9A-Z]{12}[0-9]{2}$/,
  EMAIL: /^[^\s@]{1,64}@[^\s@]+\.[^\s@]+$/,
  PHONE: /^\+55[0-9]{10,11}$/,
  EVP: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** ASM-A30 create body → checkout input, or the list of problems (→ 400). `today`: Brasília date. */
export function readCheckoutInput(body: unknown, today: string): { input?: CheckoutInput; problems: string[] } {
  const problems: string[] = [];
  if (!isObject(body)) return { problems: ['Request body must be a JSON object'] };
  const checkoutId = requiredString(body, 'checkoutId', 50, problems);
  const debitAccount = readDebitAccount(body.debitAccount, problems);
  const userReference = readString(body, 'userReference', 100, problems);
  const raw = Array.isArray(body.payments) ? body.payments : [];
  if (raw.length < 1 || raw.length > 1000) problems.push('payments must have 1 to 1000 items');
  const seen = new Set<string>();
  const payments = raw.map((item, index) => readPayment(item, `payments[${index}]`, today, problems, seen));
  if (problems.length > 0) return { problems };
  return { input: { checkoutId: checkoutId!, debitAccount: debitAccount!, payments: payments as SimPayment[], userReference }, problems };
}

function readPayment(item: unknown, at: string, today: string, problems: string[], seen: Set<string>): SimPayment | undefined {
  if (!isObject(item)) {
    problems.push(`${at} must be an object`);
    return undefined;
  }
  const before = problems.length;
  const paymentId = requiredString(item, 'paymentId', 50, problems, at);
  if (paymentId !== undefined && seen.has(paymentId)) problems.push(`${at}.paymentId repeats an earlier paymentId`);
  if (paymentId !== undefined) seen.add(paymentId);
  const key = isObject(item.pixKey) ? item.pixKey : {};
  const rule = typeof key.type === 'string' ? KEY_RULES[key.type] : undefined;
  if (!rule || typeof key.value !== 'string' || !rule.test(key.value) || (key.type === 'EMAIL' && key.value.length > 77))
    problems.push(`${at}.pixKey is not a valid key of its type`);
  const amountCents = readMoney(item, 'amount', problems, true);
  const beneficiaryName = requiredString(item, 'beneficiaryName', 100, problems, at);
  const description = readString(item, 'description', 200, problems);
  const userReference = readString(item, 'userReference', 100, problems);
  const paymentDate = readString(item, 'paymentDate', 10, problems);
  if (paymentDate !== null && (!DATE.test(paymentDate) || paymentDate < today)) problems.push(`${at}.paymentDate must be YYYY-MM-DD, today or later`);
  if (problems.length > before) return undefined;
  return {
    paymentId: paymentId!,
    pixKey: { type: key.type as string, value: key.value as string },
    amountCents: amountCents!,
    beneficiaryName: beneficiaryName!,
    description,
    paymentDate,
    userReference,
    status: 'PENDING',
    endToEndId: null,
    processedAtMs: null,
    failureReason: null,
  };
}

function readDebitAccount(value: unknown, problems: string[]): CheckoutInput['debitAccount'] | undefined {
  if (!isObject(value)) {
    problems.push('debitAccount is required');
    return undefined;
  }
  const agency = requiredString(value, 'agency', 20, problems, 'debitAccount');
  const account = requiredString(value, 'account', 20, problems, 'debitAccount');
  const accountDigit = requiredString(value, 'accountDigit', 1, problems, 'debitAccount');
  const accountType = value.accountType;
  if (accountType !== 'CHECKING' && accountType !== 'SAVINGS') problems.push('debitAccount.accountType must be CHECKING or SAVINGS');
  if (accountDigit !== undefined && !/^[0-9X]$/.test(accountDigit)) problems.push('debitAccount.accountDigit must be a digit or X');
  if (problems.length > 0) return undefined;
  return { agency: agency!, account: account!, accountDigit: accountDigit!, accountType: accountType as string };
}

function requiredString(body: JsonObject, field: string, max: number, problems: string[], at?: string): string | undefined {
  const name = at ? `${at}.${field}` : field;
  const value = body[field];
  if (!has(body, field) || typeof value !== 'string' || value.trim() === '') {
    problems.push(`${name} is required`);
    return undefined;
  }
  if (value.length > max) problems.push(`${name} must have at most ${max} characters`);
  return value;
}
