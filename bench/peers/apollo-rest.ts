/**
 * Peer "apollo": the conventional build of Paygraph's S1 and S2 queries, written the way Apollo's
 * docs show it — Apollo Server 5 `startStandaloneServer`, SDL type definitions, resolvers calling a
 * `RESTDataSource` (`@apollo/datasource-rest`) created per request in the context function. It
 * runs on the same core as Paygraph, against the same simulator, with the same client auth header.
 *
 * What it does like Paygraph, so that the comparison is about the stack and not about features:
 * - the client's `Authorization: Bearer <api key>` is checked on every request (401 otherwise);
 * - upstream calls carry a bearer token from Astra's OAuth client-credentials endpoint (cached
 *   until 60 s before expiry, one flight at a time) and a fresh `x-transaction-id`;
 * - the node id is Paygraph's global id (base64url `v1:PixCharge:ASTRA:<txid>`).
 * What it leaves out (Paygraph has it): logging, rate limits, error masking, query limits, retries.
 *
 * S2 without DataLoader (PEER_DATALOADER unset): each charge's `refunds` calls
 * `GET /charge/v1/refund?txid=` (the N+1 the docs warn about: 1 + 50 calls per query).
 * With PEER_DATALOADER=1: a per-request DataLoader collects the txids of one tick and makes one
 * scan of `GET /charge/v1/refund` (list + 1 call per query, what Paygraph makes).
 *
 * One deviation from the docs' defaults, for fairness: the data source gets a `fetch` with a
 * keep-alive agent. Without it node-fetch 2 (RESTDataSource's default) sends `Connection: close`
 * and every upstream call would open a new TCP connection, which Paygraph does not pay.
 *
 * Env: PEER_PORT, UPSTREAM_URL, ASTRA_CLIENT_ID, ASTRA_CLIENT_SECRET, API_KEY, PEER_DATALOADER.
 */
import { Agent } from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { RESTDataSource, type AugmentedRequest } from '@apollo/datasource-rest';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import nodeFetch from 'node-fetch';

const port = Number(process.env.PEER_PORT);
const upstream = process.env.UPSTREAM_URL!;
const apiKey = process.env.API_KEY!;
const useDataLoader = process.env.PEER_DATALOADER === '1';

const typeDefs = `#graphql
  "An object with a global id."
  interface Node { id: ID! }
  "A Pix charge at Astra."
  type PixCharge implements Node {
    id: ID!
    txid: String!
    status: String!
    refunds: RefundConnection!
  }
  "Refunds of one charge."
  type RefundConnection { totalCount: Int! }
  type PixChargeEdge { node: PixCharge! }
  type PixChargeConnection { edges: [PixChargeEdge!]! }
  type Query {
    node(id: ID!): Node
    pixCharges(first: Int!): PixChargeConnection!
  }
`;

interface ChargeWire {
  txid: string;
  status: string;
}
interface PageWire<T> {
  content: T[];
  page: number;
  totalPages: number;
  totalElements: number;
}
interface RefundWire {
  txid: string;
}

/** Astra's client-credentials token, cached until 60 s (or half its life) before it expires. */
class TokenCache {
  #token: string | undefined;
  #refreshAt = 0;
  #flight: Promise<string> | undefined;

  get(): Promise<string> {
    if (this.#token && Date.now() < this.#refreshAt) return Promise.resolve(this.#token);
    this.#flight ??= this.#fetch().finally(() => (this.#flight = undefined));
    return this.#flight;
  }

  async #fetch(): Promise<string> {
    const started = Date.now();
    const response = await fetch(`${upstream}/oauth/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: process.env.ASTRA_CLIENT_ID!, client_secret: process.env.ASTRA_CLIENT_SECRET! }),
    });
    const body = (await response.json()) as { access_token: string; expires_in: number };
    const lifetimeMs = body.expires_in * 1000;
    this.#token = body.access_token;
    this.#refreshAt = started + lifetimeMs - Math.min(60_000, lifetimeMs / 2);
    return body.access_token;
  }
}

const tokens = new TokenCache();
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
const keepAliveFetch = (url: string, init?: Record<string, unknown>) => nodeFetch(url, { ...init, agent });

/** The docs' pattern: one data source per request, a base URL and `willSendRequest` for auth. */
class AstraAPI extends RESTDataSource {
  override baseURL = `${upstream}/`;

  constructor(options: { cache: KeyValueCache }) {
    super({ cache: options.cache, fetch: keepAliveFetch as never });
  }

  override async willSendRequest(_path: string, request: AugmentedRequest): Promise<void> {
    request.headers.authorization = `Bearer ${await tokens.get()}`;
    request.headers['x-transaction-id'] = randomUUID();
  }

  getCharge(txid: string): Promise<ChargeWire> {
    return this.get<ChargeWire>(`charge/v1/dynamic/${encodeURIComponent(txid)}`);
  }

  listCharges(size: number): Promise<PageWire<ChargeWire>> {
    return this.get<PageWire<ChargeWire>>('charge/v1/dynamic', { params: { page: '0', size: String(size) } });
  }

  refundsOf(txid: string): Promise<PageWire<RefundWire>> {
    return this.get<PageWire<RefundWire>>('charge/v1/refund', { params: { txid, size: '100' } });
  }

  /** Every refund, page by page (what a batch resolver has to do: Astra has no multi-txid filter). */
  async allRefunds(): Promise<RefundWire[]> {
    const refunds: RefundWire[] = [];
    for (let page = 0; ; page++) {
      const result = await this.get<PageWire<RefundWire>>('charge/v1/refund', { params: { page: String(page), size: '100' } });
      refunds.push(...result.content);
      if (page + 1 >= result.totalPages) return refunds;
    }
  }
}

interface Context {
  dataSources: { astra: AstraAPI };
  refundCounts: DataLoader<string, number>;
}

function refundCountLoader(astra: AstraAPI): DataLoader<string, number> {
  return new DataLoader<string, number>(async (txids) => {
    const counts = new Map<string, number>();
    for (const refund of await astra.allRefunds()) counts.set(refund.txid, (counts.get(refund.txid) ?? 0) + 1);
    return txids.map((txid) => counts.get(txid) ?? 0);
  });
}

function txidFromGlobalId(id: string): string | null {
  const [version, type, provider, txid] = Buffer.from(id, 'base64url').toString('utf8').split(':');
  return version === 'v1' && type === 'PixCharge' && provider === 'ASTRA' && txid ? txid : null;
}

const chargeNode = (charge: ChargeWire) => ({ ...charge, __typename: 'PixCharge', id: Buffer.from(`v1:PixCharge:ASTRA:${charge.txid}`, 'utf8').toString('base64url') });

const resolvers = {
  Node: { __resolveType: (node: { __typename: string }) => node.__typename },
  Query: {
    node: async (_: unknown, { id }: { id: string }, { dataSources }: Context) => {
      const txid = txidFromGlobalId(id);
      return txid ? chargeNode(await dataSources.astra.getCharge(txid)) : null;
    },
    pixCharges: async (_: unknown, { first }: { first: number }, { dataSources }: Context) => {
      const page = await dataSources.astra.listCharges(first);
      return { edges: page.content.map((charge) => ({ node: chargeNode(charge) })) };
    },
  },
  PixCharge: {
    refunds: async (charge: ChargeWire, _: unknown, { dataSources, refundCounts }: Context) => ({
      totalCount: useDataLoader ? await refundCounts.load(charge.txid) : (await dataSources.astra.refundsOf(charge.txid)).totalElements,
    }),
  },
};

async function main(): Promise<void> {
  const server = new ApolloServer<Context>({ typeDefs, resolvers });
  await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    // The docs' shape is `async ({ req }) => …`; nothing here awaits, so it returns a resolved promise.
    context: ({ req }) => {
      if (req.headers.authorization !== `Bearer ${apiKey}`) {
        return Promise.reject(new GraphQLError('Missing or invalid API key', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } }));
      }
      const { cache } = server;
      const astra = new AstraAPI({ cache });
      return Promise.resolve({ dataSources: { astra }, refundCounts: refundCountLoader(astra) });
    },
  });
  process.send?.({ ready: true, pid: process.pid });
}

process.on('SIGTERM', () => process.exit(0));
process.on('disconnect', () => process.exit(0));
void main();
