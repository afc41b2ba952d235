/**
 * Pagstar's JSON shapes (ASM-P03: snake_case; money in reais as JSON numbers; Laravel dates).
 * Only this folder sees them. Every field the client reads is optional-safe: Pagstar's public
 * docs break off mid-object (§5), so transformers treat anything missing as null.
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

/** ASM-P05 create body. */
export interface PagstarCreateDepositBody {
  value: number;
  tenant_id: string;
  expiration: number;
  transaction_id: string;
  callback?: string;
  name?: string;
  document?: string;
  description?: string;
}

/** ASM-P05 create response `data`. */
export interface PagstarCreatedDepositWire {
  qr_code_url?: string | null;
  pix_key?: string | null;
  favoured?: string | null;
  external_reference: string;
  checkout?: string | null;
  value?: number | null;
  expiration_date?: string | null;
}

/** §5 / ASM-P06 GET details `data`. `callback` is read by nobody: it holds Paygraph's webhook secret. */
export interface PagstarTransactionWire {
  id?: number | null;
  external_reference: string;
  value: number;
  callback?: string | null;
  type?: string | null;
  user_id?: number | null;
  /** ASM-P06 integer; kept raw when unknown (ASM-P03). */
  status: unknown;
  deeplink?: string | null;
  pix_deposit?: {
    qr_code_url?: string | null;
    pix_key?: string | null;
    favoured?: string | null;
    external_reference?: string | null;
    checkout?: string | null;
  } | null;
  partner?: { name?: string | null; document?: string | null } | null;
  tenant?: { id?: string | null; name?: string | null } | null;
  created_at?: string | null;
}
