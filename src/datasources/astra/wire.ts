/** Astra's JSON shapes (ASM-A06 camelCase; money in reais as JSON numbers). Only this folder sees them. */

export interface AstraTokenResponse {
  access_token: string;
  expires_in: number;
}

export interface AstraErrorBody {
  errorCode?: number;
  message?: string;
  timestamp?: string;
  xTransactionId?: string;
  errors?: string[];
}

/** ASM-A09 page envelope. */
export interface AstraPage<T> {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
}
