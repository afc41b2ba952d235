/** Astra static QR wire shapes (ASM-A24, docs/providers.md). Amounts are reais. */

/** `POST /charge/v1/static`: every field optional. */
export interface AstraCreateStaticQrBody {
  amount?: number;
  description?: string;
  /** 1–25 [A-Za-z0-9]; Astra writes it into the BR Code txid (absent → "***"). */
  userReference?: string;
}

/** Its 200 answer. `pixKey`, `merchantName`, `merchantCity` are the client account's. */
export interface AstraStaticQrWire {
  emv: string;
  pixKey: string;
  merchantName: string;
  merchantCity: string;
  amount?: number | null;
  description?: string | null;
  userReference?: string | null;
  createdAt?: string | null;
}
