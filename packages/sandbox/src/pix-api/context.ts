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
}
