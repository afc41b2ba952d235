import type { SimClock, SimScheduler } from '../shared/sim-clock';
import type { CallbackDispatcher } from './callbacks';
import type { PixApiStore } from './store';

/** What route handlers and services share. */
export interface PixApiContext {
  store: PixApiStore;
  clock: SimClock;
  scheduler: SimScheduler;
  callbacks: CallbackDispatcher;
  /** The receiver's Pix key: the only `chave` charges and webhooks may use. */
  receiverKey: string;
  sandboxDelayMs: number;
  /** Txids of the cobs the simulator will pay itself (ASM-X55), until it has. */
  autoPays: Set<string>;
}
