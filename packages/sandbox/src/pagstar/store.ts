import type { SimClock, SimScheduler } from '../shared/sim-clock';
import { end2endId, mockPixKey, newReference } from './formats';
import { STATUS, type Deposit, type PagstarStatus, type PagstarTransaction, type Transfer } from './types';
import type { DepositInput, WithdrawalInput } from './validation';

/** ASM-P04 / ASM-P06 (DOC: "only cancelled after 1 hour of expiration time"). */
const CANCEL_AFTER_EXPIRY_MS = 60 * 60 * 1000;

/**
 * In-memory deposits and transfers with their sandbox lifecycle. Time rules (ASM-P04, ASM-P09)
 * run on the simulator clock and are evaluated lazily — on every read and after every clock
 * change — with scheduler timers as a backstop so sandbox mode also moves in real time.
 */
export class TransactionStore {
  private readonly deposits = new Map<string, Deposit>();
  private readonly transfers = new Map<string, Transfer>();
  private readonly pending = new Set<PagstarTransaction>();
  /** Pending transactions with a sandboxDelay timer (ASM-P04 ,01 deposits, ASM-P09 transfers). */
  private readonly automations = new Set<PagstarTransaction>();
  private automationWaiters: Array<() => void> = [];
  private nextId = 168_259; // continues the DOC example's id 168258

  constructor(
    private readonly clock: SimClock,
    private readonly scheduler: SimScheduler,
    private readonly sandboxDelayMs: number,
    /** Called once per transition 0 → 1 / 0 → 2 (webhook trigger). */
    private readonly onTransition: (tx: PagstarTransaction) => void,
  ) {}

  createDeposit(input: DepositInput): Deposit {
    const now = this.clock.nowMs();
    const deposit: Deposit = {
      type: 'payment',
      id: this.nextId++,
      reference: newReference(),
      cents: input.cents,
      tenantId: input.tenantId,
      transactionId: input.transactionId ?? null,
      status: STATUS.pending,
      createdAtMs: now,
      updatedAtMs: now,
      callback: input.callback ?? null,
      pixKey: mockPixKey(),
      expirationDateMs: now + input.expirationSeconds * 1000,
      payerName: input.name,
      payerDocument: input.document,
      description: input.description,
      email: input.email,
    };
    // ASM-P04: only values ending in ,01 pay themselves.
    if (input.cents % 100 === 1) {
      deposit.autoPayAtMs = now + this.sandboxDelayMs;
      this.automations.add(deposit);
      this.scheduler.after(this.sandboxDelayMs, () => this.settle(deposit, true));
    }
    this.scheduler.after(deposit.expirationDateMs + CANCEL_AFTER_EXPIRY_MS - now, () => this.settle(deposit));
    this.deposits.set(deposit.reference, deposit);
    this.pending.add(deposit);
    return deposit;
  }

  createTransfer(input: WithdrawalInput): Transfer {
    const now = this.clock.nowMs();
    const transfer: Transfer = {
      type: 'transfer',
      id: this.nextId++,
      reference: newReference(),
      cents: input.cents,
      transactionId: input.transactionId ?? null,
      status: STATUS.pending,
      createdAtMs: now,
      updatedAtMs: now,
      pixKey: input.pixKey,
      pixKeyType: input.pixKeyType,
      customerDocument: input.customerDocument,
      settleAtMs: now + this.sandboxDelayMs,
      // ASM-P09: values ending in ,99 are refused by the sandbox.
      outcome: input.cents % 100 === 99 ? STATUS.cancelled : STATUS.paid,
      end2end: null,
    };
    this.scheduler.after(this.sandboxDelayMs, () => this.settle(transfer, true));
    this.automations.add(transfer);
    this.transfers.set(transfer.reference, transfer);
    this.pending.add(transfer);
    return transfer;
  }

  deposit(reference: string): Deposit | undefined {
    const deposit = this.deposits.get(reference);
    if (deposit) this.settle(deposit);
    return deposit;
  }

  transfer(reference: string): Transfer | undefined {
    const transfer = this.transfers.get(reference);
    if (transfer) this.settle(transfer);
    return transfer;
  }

  /** Sandbox "the payer paid" action; false when unknown or no longer pending. */
  pay(reference: string, payer?: { name: string; document: string }): boolean {
    const deposit = this.deposit(reference);
    if (!deposit || deposit.status !== STATUS.pending) return false;
    if (payer) Object.assign(deposit, { payerName: payer.name, payerDocument: payer.document });
    this.transition(deposit, STATUS.paid, this.clock.nowMs());
    return true;
  }

  /** Applies everything that fell due (after a clock change). */
  settleAll(): void {
    for (const tx of [...this.pending]) this.settle(tx);
  }

  clear(): void {
    this.deposits.clear();
    this.transfers.clear();
    this.pending.clear();
    this.stopAutomations();
  }

  get automationsPending(): number {
    return this.automations.size;
  }

  /** Resolves when no sandboxDelay automation is still due (cancel timers do not count). */
  automationsDone(): Promise<void> {
    if (this.automations.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.automationWaiters.push(resolve));
  }

  /** The caller cleared the scheduler: nothing will fire, so stop waiting for it. */
  stopAutomations(): void {
    this.automations.clear();
    this.releaseAutomationWaiters();
  }

  counts(): Record<'pending' | 'paid' | 'cancelled', number> & { deposits: number; transfers: number } {
    this.settleAll();
    const all = [...this.deposits.values(), ...this.transfers.values()];
    const by = (s: PagstarStatus) => all.filter((tx) => tx.status === s).length;
    return { deposits: this.deposits.size, transfers: this.transfers.size, pending: by(0), paid: by(1), cancelled: by(2) };
  }

  /**
   * Moves a pending transaction to whatever is due on the clock. `timerFired` makes a sandbox
   * delay timer win even if the clock was set backwards meanwhile.
   */
  private settle(tx: PagstarTransaction, timerFired = false): void {
    if (tx.status !== STATUS.pending) return;
    const now = this.clock.nowMs();
    if (tx.type === 'transfer') {
      if (timerFired || now >= tx.settleAtMs) this.transition(tx, tx.outcome, Math.min(now, tx.settleAtMs));
      return;
    }
    const cancelAt = tx.expirationDateMs + CANCEL_AFTER_EXPIRY_MS;
    const payAt = tx.autoPayAtMs ?? Infinity;
    // Whichever event came first on the clock wins; a due payment precedes a later cancel.
    if (payAt <= cancelAt && (now >= payAt || timerFired)) this.transition(tx, STATUS.paid, Math.min(now, payAt));
    else if (now >= cancelAt) this.transition(tx, STATUS.cancelled, cancelAt);
  }

  private transition(tx: PagstarTransaction, status: PagstarStatus, atMs: number): void {
    tx.status = status;
    tx.updatedAtMs = Math.max(atMs, tx.createdAtMs);
    if (tx.type === 'transfer' && status === STATUS.paid) tx.end2end = end2endId(tx.updatedAtMs);
    this.pending.delete(tx);
    this.onTransition(tx); // first, so a delivery is in flight before automation waiters resume
    if (this.automations.delete(tx) && this.automations.size === 0) this.releaseAutomationWaiters();
  }

  private releaseAutomationWaiters(): void {
    const waiters = this.automationWaiters;
    this.automationWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
