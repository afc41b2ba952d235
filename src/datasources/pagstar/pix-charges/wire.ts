/** Pagstar deposit wire shapes (ASM-P05, ASM-P06, docs/providers.md). Field names as Pagstar spells them. */

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

/** ASM-P06 GET details `data`. `callback` is read by nobody: it holds Paygraph's webhook secret. */
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
