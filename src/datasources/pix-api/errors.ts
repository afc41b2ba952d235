import type { UpstreamErrorContext } from '../http/provider-http';
import { ProviderAuthError, ProviderNotFoundError, ProviderRejectedError, ProviderUnavailableError, type PaygraphErrorDetails } from '../../errors/domain-errors';
import { PIX_API_ASSUMPTIONS as A } from './assumptions';
import type { PixApiProblem, PixApiViolation } from './wire';

const MAX_VIOLATIONS = 10;
const MAX_TEXT = 300;

/** One `violacoes` entry as Paygraph keeps it: the PSP's reason and the property it names. */
export interface ProblemViolation {
  reason: string;
  property: string | null;
}

/** Where a violated request property comes from in a mutation's input, e.g. `cob.valor.original` → `['input', 'amount']`. */
export type ViolationFields = Readonly<Record<string, readonly string[]>>;

/**
 * An API Pix `application/problem+json` refusal (ASM-X13), as a PROVIDER_REJECTED error carrying the
 * problem's `type` (its last segment, e.g. `CobOperacaoInvalida`, is `providerCode`), `title` and
 * violations. `inputField` is set by the adapter that knows which input a property came from
 * (`withInputFields`), so the mutation's user error points at that field.
 */
export class PixApiProblemError extends ProviderRejectedError {
  constructor(
    message: string,
    messages: string[],
    details: PaygraphErrorDetails,
    readonly problemType: string | null,
    readonly title: string | null,
    readonly violations: readonly ProblemViolation[],
  ) {
    super(message, messages, details);
  }
}

/**
 * Points a problem at the input field its violations name (the first property found in `fields`,
 * by longest matching prefix); any other error is returned as it is. Call it in an adapter's catch.
 */
export function withInputFields(error: unknown, fields: ViolationFields): unknown {
  if (!(error instanceof PixApiProblemError)) return error;
  for (const violation of error.violations) {
    const field = violation.property ? fieldOf(violation.property, fields) : undefined;
    if (field) {
      error.inputField = [...field];
      break;
    }
  }
  return error;
}

function fieldOf(property: string, fields: ViolationFields): readonly string[] | undefined {
  let best: string | undefined;
  for (const prefix of Object.keys(fields)) {
    if ((property === prefix || property.startsWith(`${prefix}.`)) && (best === undefined || prefix.length > best.length)) best = prefix;
  }
  return best === undefined ? undefined : fields[best];
}

/** `https://pix.bcb.gov.br/api/v2/error/CobNaoEncontrado` → `CobNaoEncontrado` (any URI: its last segment). */
export function problemTypeName(type: unknown): string | null {
  if (typeof type !== 'string' || type === '') return null;
  const name = type.startsWith(A.problemTypePrefix) ? type.slice(A.problemTypePrefix.length) : (type.split('/').pop() ?? '');
  return /^[A-Za-z0-9_-]{1,80}$/.test(name) ? name : null;
}

/**
 * API Pix answer → domain error, branching on the HTTP status (ASM-X13). The problem's
 * `correlationId` is the PSP's trace id: it becomes `upstreamTransactionId` when present (the id to
 * quote to the PSP's support); otherwise the `x-transaction-id` Paygraph sent. Only `title`,
 * `detail` and the violations' reasons (about the caller's own input) reach a client.
 */
export function mapPixApiError(ctx: UpstreamErrorContext): Error {
  const problem = asProblem(ctx.body);
  const type = problemTypeName(problem.type);
  const details: PaygraphErrorDetails = {
    provider: 'PIX_API',
    upstreamTransactionId: text(problem.correlationId, 100) ?? ctx.transactionId,
    httpStatus: ctx.status,
    ...(type ? { providerCode: type } : {}),
  };
  const label = type ? ` (${type})` : '';
  if (ctx.status === 404 || ctx.status === 410) return new ProviderNotFoundError(`The PSP's API Pix has no such resource${label}.`, details);
  if (ctx.status === 401 || ctx.status === 403) return new ProviderAuthError(`The PSP's API Pix refused Paygraph's credentials or scopes${label}.`, details);
  if (ctx.status === 408 || ctx.status === 429 || ctx.status >= 500) {
    return new ProviderUnavailableError(`The PSP's API Pix is unavailable (HTTP ${ctx.status}${type ? `, ${type}` : ''}); try again later.`, details);
  }
  const violations = violationsOf(problem.violacoes);
  const title = text(problem.title, MAX_TEXT);
  const messages =
    violations.length > 0 ? violations.map((v) => (v.property ? `${v.property}: ${v.reason}` : v.reason)) : [text(problem.detail, MAX_TEXT) ?? title ?? `HTTP ${ctx.status}`];
  const summary = `${title ?? `HTTP ${ctx.status}`}${label}: ${messages.join('; ')}`;
  return new PixApiProblemError(`The PSP's API Pix rejected the request: ${summary}`, messages, details, type, title ?? null, violations);
}

/** Token endpoint errors (OAuth body, not a problem): only the status matters, the body is never echoed. */
export function mapPixApiTokenError(ctx: UpstreamErrorContext): Error {
  const details = { provider: 'PIX_API' as const, upstreamTransactionId: ctx.transactionId, httpStatus: ctx.status };
  if (ctx.status === 408 || ctx.status === 429 || ctx.status >= 500) {
    return new ProviderUnavailableError(`The PSP's token endpoint is unavailable (HTTP ${ctx.status}).`, details);
  }
  return new ProviderAuthError(`The PSP refused Paygraph's client credentials or scopes (HTTP ${ctx.status}).`, details);
}

function asProblem(body: unknown): PixApiProblem {
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
}

function violationsOf(raw: unknown): ProblemViolation[] {
  if (!Array.isArray(raw)) return [];
  const violations: ProblemViolation[] = [];
  for (const entry of raw.slice(0, MAX_VIOLATIONS) as PixApiViolation[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const reason = text(entry.razao, MAX_TEXT);
    const property = typeof entry.propriedade === 'string' && /^[A-Za-z0-9_.[\]]{1,100}$/.test(entry.propriedade) ? entry.propriedade : null;
    if (reason || property) violations.push({ reason: reason ?? 'invalid', property });
  }
  return violations;
}

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
}
