/** Simulator state of Automatic Pix (ASM-A37…A43). Amounts are integer cents, as on the wire. */

export interface PartyState {
  name: string;
  document: string;
}

export interface AuthorizationState {
  seq: number;
  authorizationId: string;
  status: 'PENDING' | 'APPROVED' | 'REJECTED' | 'EXPIRED' | 'CANCELED';
  user: PartyState;
  participantId: string;
  creditors: PartyState[];
  description: string | null;
  maxAmount: number | null;
  minAmount: number | null;
  retryAccepted: boolean;
  periodicity: string;
  startDate: string;
  contractId: string;
  contractDebtor: PartyState;
  firstPayment: { amount: number; date: string } | null;
  clientMetadata: Record<string, string> | null;
  createdAt: string;
  updatedAt: string;
}

export interface PaymentState {
  seq: number;
  paymentId: string;
  authorizationId: string;
  amount: number;
  dueDate: string;
  scheduledDate: string;
  status: 'SCHEDULED' | 'PAID' | 'FAILED' | 'CANCELED';
  retryCount: number;
  endToEndId: string | null;
  failureReason: string | null;
  description: string | null;
  userReference: string | null;
  createdAt: string;
  updatedAt: string;
  paidAt: string | null;
}

/** ASM-A37: the fixed participant list, ordered by name (Portuguese collation). */
export const PARTICIPANTS: readonly { ispb: string; name: string }[] = [
  { ispb: '00000000', name: 'Banco do Brasil S.A.' },
  { ispb: '60746948', name: 'Banco Bradesco S.A.' },
  { ispb: '00360305', name: 'Caixa Econômica Federal' },
  { ispb: '60701190', name: 'Itaú Unibanco S.A.' },
  { ispb: '18236120', name: 'Nu Pagamentos S.A.' },
  { ispb: '90400888', name: 'Banco Santander (Brasil) S.A.' },
].sort((a, b) => a.name.localeCompare(b.name, 'pt-BR'));

export class AutomaticPixStore {
  readonly authorizations = new Map<string, AuthorizationState>();
  readonly payments = new Map<string, PaymentState>();
  private seq = 0;

  nextSeq(): number {
    return ++this.seq;
  }
}

/** The object on the wire: the state minus simulator bookkeeping. */
export function authorizationWire(state: AuthorizationState): Omit<AuthorizationState, 'seq'> {
  const { seq: _seq, ...wire } = state;
  return wire;
}

export function paymentWire(state: PaymentState): Omit<PaymentState, 'seq'> {
  const { seq: _seq, ...wire } = state;
  return wire;
}
