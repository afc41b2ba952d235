/**
 * Astra Automatic Pix wire shapes (ASM-A36…A43, docs/providers.md). Unlike every other
 * Astra product, amounts here are INTEGER CENTS (DOC for the authorization; assumed for payments).
 */

export interface AstraPartyWire {
  name: string;
  document: string;
}

export interface AstraParticipantWire {
  ispb: string;
  name: string;
}

/** `POST /automatic-pix/v1/authorizations` (ASM-A38). */
export interface AstraCreateAuthorizationBody {
  user: AstraPartyWire;
  participantId: string;
  creditors: AstraPartyWire[];
  description?: string;
  /** Cents. */
  maxAmount?: number;
  /** Cents. */
  minAmount?: number;
  retryAccepted: boolean;
  periodicity: string;
  startDate: string;
  contractId: string;
  contractDebtor?: AstraPartyWire;
  /** Amount in cents. */
  firstPayment?: { amount: number; date: string };
}

/** The authorization object (ASM-A39). */
export interface AstraAuthorizationWire {
  authorizationId: string;
  status: string;
  user: AstraPartyWire;
  participantId: string;
  creditors: AstraPartyWire[];
  description?: string | null;
  maxAmount?: number | null;
  minAmount?: number | null;
  retryAccepted?: boolean | null;
  periodicity: string;
  startDate: string;
  contractId: string;
  contractDebtor?: AstraPartyWire | null;
  firstPayment?: { amount: number; date: string } | null;
  clientMetadata?: Record<string, string> | null;
  createdAt?: string | null;
  updatedAt?: string | null;
}

/** `POST /automatic-pix/v1/payments` (ASM-A40). */
export interface AstraCreatePaymentBody {
  authorizationId: string;
  /** Cents. */
  amount: number;
  dueDate: string;
  description?: string;
  userReference?: string;
}

/** The payment object (ASM-A41). */
export interface AstraPaymentWire {
  paymentId: string;
  authorizationId: string;
  /** Cents. */
  amount: number;
  dueDate: string;
  scheduledDate: string;
  status: string;
  retryCount: number;
  endToEndId?: string | null;
  failureReason?: string | null;
  description?: string | null;
  userReference?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  paidAt?: string | null;
}

/** `POST /automatic-pix/v1/payments/{paymentId}/retry` (ASM-A42). */
export interface AstraRetryPaymentBody {
  scheduledDate: string;
}
