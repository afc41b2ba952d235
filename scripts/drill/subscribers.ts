import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const EVENTS = `subscription($after: String) {
  paymentEvents(after: $after) { id cursor type subject { id ... on PixCharge { txid } } }
}`;

export interface ReceivedEvent {
  id: string;
  cursor: string;
  type: string;
  txid?: string;
}

/**
 * One graphql-ws subscriber on `paymentEvents`, as a careful client writes it: when its connection
 * drops (an instance killed, or drained with 1001) or the server completes the subscription, it
 * subscribes again through the balancer with `after:` set to the last cursor it received, so it
 * neither misses nor repeats an event. Every resubscription is counted.
 */
export class ResumingSubscriber {
  readonly received: ReceivedEvent[] = [];
  resumes = 0;
  /** Resubscriptions whose connection closed before the server acknowledged it (refused, e.g. by a draining instance). */
  refused = 0;
  private client?: Client;
  private stopped = false;
  private lastCursor: string | null;

  /** `startCursor` null: live events only, from when the server has set the subscription up. */
  constructor(
    private readonly wsUrl: string,
    startCursor: string | null,
  ) {
    this.lastCursor = startCursor;
  }

  open(): void {
    if (this.stopped) return;
    let acknowledged = false;
    const client = createClient({
      url: this.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: true,
      on: { connected: () => (acknowledged = true) },
    });
    this.client = client;
    client.subscribe<{ paymentEvents: { id: string; cursor: string; type: string; subject: { txid?: string } } }>(
      { query: EVENTS, variables: { after: this.lastCursor } },
      {
        next: (value) => {
          const event = value.data?.paymentEvents;
          if (!event) return;
          this.received.push({ id: event.id, cursor: event.cursor, type: event.type, txid: event.subject?.txid });
          this.lastCursor = event.cursor;
        },
        error: () => this.reopen(client, acknowledged),
        complete: () => this.reopen(client, acknowledged),
      },
    );
  }

  /** Stops resubscribing and closes the current connection. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.client?.dispose();
  }

  private reopen(client: Client, acknowledged: boolean): void {
    void client.dispose();
    if (this.stopped || client !== this.client) return;
    if (!acknowledged) this.refused++;
    this.resumes++;
    // Jittered, so 100 clients of a dead instance do not all come back in the same millisecond.
    setTimeout(() => this.open(), 100 + Math.floor(Math.random() * 400));
  }
}

/** Per subscriber: what it missed and what it received twice, against the published set. */
export function compareWithPublished(subscriber: ResumingSubscriber, published: string[]): { missing: number; duplicates: number; unexpected: number } {
  const expected = new Set(published);
  const seen = new Set<string>();
  let duplicates = 0;
  let unexpected = 0;
  for (const event of subscriber.received) {
    if (seen.has(event.id)) duplicates++;
    else if (!expected.has(event.id)) unexpected++;
    seen.add(event.id);
  }
  const missing = published.filter((id) => !seen.has(id)).length;
  return { missing, duplicates, unexpected };
}
