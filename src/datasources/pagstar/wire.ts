/**
 * Pagstar's JSON shapes (ASM-P03: snake_case; money in reais as JSON numbers; Laravel dates).
 * Only this folder sees them. Every field the client reads is optional-safe: Pagstar's public
 * docs break off mid-object, so transformers treat anything missing as null.
 */

/** ASM-P03 success envelope. HEAD answers have no body. */
export interface PagstarEnvelope<T> {
  message?: string;
  data: T;
}

/** ASM-P03 error body; `errors` only on 422 validation failures (Laravel style). */
export interface PagstarErrorBody {
  message?: string;
  errors?: Record<string, unknown>;
}

/** ASM-P02 login `data`. `refresh_token` and `admin_type` are ignored. */
export interface PagstarLoginData {
  access_token: string;
  /** Absolute ISO-8601 date-time; a number is read as seconds from now (ASM-P02). */
  expires_in: string | number;
}
