import { Agent, request } from 'undici';
import type { DrillStats } from './stats';

const CREATE = `mutation($input: CreatePixChargeInput!) {
  createPixCharge(input: $input) { pixCharge { id txid } userErrors { code field message } }
}`;
const FIND = `query($reference: String!) { pixCharges(first: 5, filter: { reference: $reference }) { edges { node { txid } } } }`;
const READ = `query { pixCharges(first: 5) { edges { node { id txid status } } } }`;

/** Top-level error codes that say "not done, try again with the same key" (and the user error IDEMPOTENCY_IN_PROGRESS). */
const RETRYABLE = new Set(['OUTCOME_PENDING', 'SHUTTING_DOWN', 'PROVIDER_UNAVAILABLE', 'STATE_UNAVAILABLE']);

interface GqlResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; retryable?: boolean; retryAfterSeconds?: number } }>;
}
interface ChargeList {
  pixCharges: { edges: Array<{ node: { txid: string } }> } | null;
}
interface CreateAnswer {
  createPixCharge: { pixCharge: { txid: string } | null; userErrors: Array<{ code: string }> } | null;
}

/** One GraphQL POST through the balancer; throws on a network error, returns the status and body. */
export class GraphqlClient {
  private readonly agent = new Agent({ connections: 32, keepAliveTimeout: 1_000, headersTimeout: 40_000, bodyTimeout: 40_000 });

  constructor(private readonly url: string) {}

  async post<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GqlResult<T> | undefined }> {
    const response = await request(`${this.url}/graphql`, {
      method: 'POST',
      dispatcher: this.agent,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.body.text();
    let body: GqlResult<T> | undefined;
    try {
      body = JSON.parse(text) as GqlResult<T>;
    } catch {
      body = undefined;
    }
    return { status: response.statusCode, body };
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

/** `HTTP 503 SHUTTING_DOWN` (Paygraph's JSON) or `HTTP 503 from the balancer` (HAProxy's own page). */
function failureReason(status: number, body: GqlResult<unknown> | undefined): string {
  if (!body) return `HTTP ${status} from the balancer`;
  return `HTTP ${status} ${body.errors?.[0]?.extensions?.code ?? ''}`.trim();
}

function networkReason(error: unknown): string {
  const err = error as { code?: string; cause?: { code?: string } };
  return err.code ?? err.cause?.code ?? (error instanceof Error ? error.name : 'error');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Reads until `running()` turns false; no retries (a failed read is counted and dropped). */
export async function readLoop(client: GraphqlClient, stats: DrillStats, running: () => boolean, pauseMs: number): Promise<void> {
  while (running()) {
    try {
      const { status, body } = await client.post<ChargeList>(READ);
      if (status >= 500 || !body?.data?.pixCharges) stats.failed('reads', failureReason(status, body));
      else stats.answered('reads');
    } catch (error) {
      stats.failed('reads', networkReason(error));
    }
    await sleep(pauseMs);
  }
}

/** How one payment intent ended, and the idempotency keys it used (normally one). */
export interface IntentOutcome {
  reference: string;
  keys: string[];
  /** Paid by the simulator a moment after creation (amounts ending in ,01), so a webhook follows. */
  paid: boolean;
  outcome: 'created' | 'found-by-reference' | 'gave-up';
  txid?: string;
  attempts: number;
}

/**
 * Creates one Pix charge as a client that must never pay twice: the same idempotency key on every
 * retry after a network error, a 5xx or a retryable top-level error. If Paygraph answers
 * OUTCOME_UNKNOWN (an attempt died with its instance), the client does what docs/idempotency.md
 * says: it looks the charge up by `reference`, and only if it is not there creates it with a new key.
 */
export async function createIntent(client: GraphqlClient, stats: DrillStats, reference: string, paid: boolean, giveUpAt: number): Promise<IntentOutcome> {
  const amount = `${10 + (reference.length % 40)}.${paid ? '01' : '00'}`;
  const result: IntentOutcome = { reference, keys: [reference], paid, outcome: 'gave-up', attempts: 0 };
  let key = reference;
  while (Date.now() < giveUpAt) {
    result.attempts++;
    let retryAfterMs = 250 + Math.floor(Math.random() * 250);
    try {
      const { status, body } = await client.post<CreateAnswer>(CREATE, { input: { amount, reference, idempotencyKey: key } });
      const payload = body?.data?.createPixCharge;
      const code = body?.errors?.[0]?.extensions?.code;
      if (status >= 500 || !body) {
        stats.failed('mutations', failureReason(status, body));
      } else if (payload?.pixCharge?.txid) {
        stats.answered('mutations');
        return { ...result, outcome: 'created', txid: payload.pixCharge.txid };
      } else if (payload?.userErrors.some((e) => e.code === 'OUTCOME_UNKNOWN')) {
        stats.answered('mutations');
        const found = await findByReference(client, reference);
        if (found) return { ...result, outcome: 'found-by-reference', txid: found };
        key = `${reference}-again`;
        result.keys.push(key);
        continue;
      } else if (payload?.userErrors.some((e) => e.code === 'IDEMPOTENCY_IN_PROGRESS')) {
        stats.failed('mutations', 'IDEMPOTENCY_IN_PROGRESS');
      } else if (code && RETRYABLE.has(code)) {
        stats.failed('mutations', code);
        const after = body.errors?.[0]?.extensions?.retryAfterSeconds;
        if (after) retryAfterMs = after * 1_000;
      } else {
        // Neither a result nor a documented "try again": counted, kept for the report, and
        // repeated with the same key (the one thing a client may always do safely).
        stats.failed('mutations', `unexpected ${code ?? payload?.userErrors[0]?.code ?? 'answer'}`);
        stats.unexpected(`createPixCharge ${reference}: ${JSON.stringify(body).slice(0, 300)}`);
      }
    } catch (error) {
      stats.failed('mutations', networkReason(error));
    }
    await sleep(retryAfterMs);
  }
  return result;
}

async function findByReference(client: GraphqlClient, reference: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const { body } = await client.post<ChargeList>(FIND, { reference });
      const edges = body?.data?.pixCharges?.edges;
      if (edges) return edges[0]?.node.txid;
    } catch {
      // the balancer is between instances: try again
    }
    await sleep(250);
  }
  throw new Error(`could not look up ${reference}`);
}

/** Creates intents one after another until `running()` turns false; two in three are paid. */
export async function mutateLoop(
  client: GraphqlClient,
  stats: DrillStats,
  options: { running: () => boolean; prefix: string; pauseMs: number; giveUpAt: () => number; outcomes: IntentOutcome[] },
): Promise<void> {
  for (let n = 0; options.running(); n++) {
    const reference = `${options.prefix}-${n}`;
    options.outcomes.push(await createIntent(client, stats, reference, n % 3 !== 2, options.giveUpAt()));
    await sleep(options.pauseMs);
  }
}
