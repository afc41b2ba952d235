/**
 * Shares provider reads between confirmations without ever answering one with a read that began
 * before it arrived. A read already running may predate the payment a delivery announces, so a
 * caller never joins it: it joins the NEXT read of that key, which starts when the running one
 * ends. A burst of deliveries about one batch (a batch's payments finish together, ASM-A35) then
 * costs a handful of reads instead of one per delivery, and each answer is at least as new as
 * the delivery it confirms.
 */
export class FreshReads<T> {
  private readonly running = new Map<string, Promise<T>>();
  private readonly next = new Map<string, Promise<T>>();

  constructor(private readonly read: (key: string) => Promise<T>) {}

  get(key: string): Promise<T> {
    const queued = this.next.get(key);
    if (queued) return queued;
    const current = this.running.get(key);
    if (!current) return this.start(key);
    const after = current.then(
      () => this.startQueued(key),
      () => this.startQueued(key),
    );
    this.next.set(key, after);
    return after;
  }

  private startQueued(key: string): Promise<T> {
    this.next.delete(key);
    return this.start(key);
  }

  private start(key: string): Promise<T> {
    const read = this.read(key).finally(() => {
      if (this.running.get(key) === read) this.running.delete(key);
    });
    this.running.set(key, read);
    return read;
  }
}
