import { isHttpUrl, parseCents } from './formats';

/**
 * Laravel-style request validation for the simulator (ASM-P03: 422 with `message` = first error
 * text and an `errors` map of field → messages). Rules are the ones ASM-P05/P08/P09/P02 fix;
 * `numeric`/`integer` accept numeric strings like Laravel does, because some public clients post
 * form fields.
 */
export type ErrorMap = Record<string, string[]>;
type Body = Record<string, unknown>;

const MIN_CENTS = 1;
const MAX_CENTS = 99_999_999;
const PIX_KEY_TYPES = ['cpf', 'cnpj', 'email', 'phone', 'random'];

export class Validator {
  readonly errors: ErrorMap = {};
  readonly body: Body;

  constructor(body: unknown) {
    // A non-object body validates like an empty one: every required field is reported.
    this.body = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Body) : {};
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }

  /** Laravel's ConvertEmptyStringsToNull: '' and null count as absent. */
  present(field: string): boolean {
    const v = this.body[field];
    return v !== undefined && v !== null && v !== '';
  }

  required(field: string): boolean {
    if (this.present(field)) return true;
    this.add(field, `O campo ${field} é obrigatório.`);
    return false;
  }

  /** Optional (or already-required) string of at most `max` characters. */
  string(field: string, max = 255): string | undefined {
    if (!this.present(field)) return undefined;
    const v = this.body[field];
    if (typeof v !== 'string') return (this.add(field, `O campo ${field} deve ser uma string.`), undefined);
    if (v.length > max) return (this.add(field, `O campo ${field} não pode ser superior a ${max} caracteres.`), undefined);
    return v;
  }

  /** Money in reais → integer cents, 0.01–999999.99 with ≤ 2 decimals (ASM-P05, ASM-P09). */
  money(field: string): number | undefined {
    if (!this.required(field)) return undefined;
    const { cents, error } = parseCents(this.body[field]);
    if (error === 'numeric') return (this.add(field, `O campo ${field} deve ser um número.`), undefined);
    if (error === 'decimals') return (this.add(field, `O campo ${field} deve ter no máximo 2 casas decimais.`), undefined);
    if (cents! < MIN_CENTS || cents! > MAX_CENTS) {
      return (this.add(field, `O campo ${field} deve estar entre 0.01 e 999999.99.`), undefined);
    }
    return cents;
  }

  /** CPF/CNPJ: 11 or 14 digits, length only (ASM-P05, ASM-P09). */
  document(field: string): string | undefined {
    if (!this.present(field)) return undefined;
    const v = this.body[field];
    if (typeof v === 'string' && /^(\d{11}|\d{14})$/.test(v)) return v;
    return (this.add(field, `O campo ${field} deve ter 11 ou 14 dígitos.`), undefined);
  }

  url(field: string): string | undefined {
    if (!this.present(field)) return undefined;
    const v = this.body[field];
    if (isHttpUrl(v)) return v;
    return (this.add(field, `O campo ${field} deve ser uma URL válida.`), undefined);
  }

  email(field: string): string | undefined {
    const v = this.string(field);
    if (v === undefined || v.includes('@')) return v;
    return (this.add(field, `O campo ${field} deve ser um endereço de e-mail válido.`), undefined);
  }

  integerBetween(field: string, min: number, max: number): number | undefined {
    if (!this.present(field)) return undefined;
    const raw = this.body[field];
    const n = typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n)) {
      return (this.add(field, `O campo ${field} deve ser um número inteiro.`), undefined);
    }
    if (n < min || n > max) return (this.add(field, `O campo ${field} deve estar entre ${min} e ${max}.`), undefined);
    return n;
  }

  oneOf(field: string, allowed: readonly string[]): string | undefined {
    if (!this.present(field)) return undefined;
    const v = this.body[field];
    if (typeof v === 'string' && allowed.includes(v)) return v;
    return (this.add(field, `O campo ${field} selecionado é inválido.`), undefined);
  }
}

export interface DepositInput {
  cents: number;
  tenantId: string;
  name?: string;
  document?: string;
  expirationSeconds: number;
  transactionId?: string;
  callback?: string;
  description?: string;
  email?: string;
}

/** ASM-P05 rules, in the order the fields appear in the contract's table. */
export function validateDeposit(body: unknown, tenantId: string): { input?: DepositInput; errors: ErrorMap } {
  const v = new Validator(body);
  const cents = v.money('value');
  if (v.required('tenant_id') && v.body.tenant_id !== tenantId) v.add('tenant_id', 'O campo tenant_id selecionado é inválido.');
  const name = v.string('name');
  const document = v.document('document');
  // name and document travel together (the official package sends both or neither).
  if (v.present('document') && !v.present('name')) v.add('name', 'O campo name é obrigatório quando document está presente.');
  if (v.present('name') && !v.present('document')) v.add('document', 'O campo document é obrigatório quando name está presente.');
  const expiration = v.integerBetween('expiration', 60, 86_400);
  const transactionId = v.string('transaction_id');
  const callback = v.url('callback');
  const description = v.string('description');
  const email = v.email('email');
  if (!v.ok) return { errors: v.errors };
  return {
    errors: {},
    input: { cents: cents!, tenantId, name, document, expirationSeconds: expiration ?? 3600, transactionId, callback, description, email },
  };
}

export interface WithdrawalInput {
  pixKey: string;
  pixKeyType: string;
  customerDocument: string;
  cents: number;
  transactionId?: string;
}

/** ASM-P09 rules; `transaction_id` is optional like on deposits (the contract only bounds it). */
export function validateWithdrawal(body: unknown): { input?: WithdrawalInput; errors: ErrorMap } {
  const v = new Validator(body);
  const pixKey = v.required('pix_key') ? v.string('pix_key') : undefined;
  const pixKeyType = v.required('pix_key_type') ? v.oneOf('pix_key_type', PIX_KEY_TYPES) : undefined;
  const customerDocument = v.required('customer_document') ? v.document('customer_document') : undefined;
  const cents = v.money('value');
  const transactionId = v.string('transaction_id');
  if (!v.ok) return { errors: v.errors };
  return { errors: {}, input: { pixKey: pixKey!, pixKeyType: pixKeyType!, customerDocument: customerDocument!, cents: cents!, transactionId } };
}

/** ASM-P02: missing or malformed login fields → 422. */
export function validateLogin(body: unknown): { email?: string; accessKey?: string; errors: ErrorMap } {
  const v = new Validator(body);
  const email = v.required('email') ? v.email('email') : undefined;
  const accessKey = v.required('access_key') ? v.string('access_key') : undefined;
  return { email, accessKey, errors: v.errors };
}

/** ASM-P08: absolute http(s) URL; `notify_type` is ignored. */
export function validateNotificationUrl(body: unknown): { url?: string; errors: ErrorMap } {
  const v = new Validator(body);
  const url = v.required('notification_url') ? v.url('notification_url') : undefined;
  return { url, errors: v.errors };
}
