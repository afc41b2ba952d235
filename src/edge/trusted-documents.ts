import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError, parse } from 'graphql';
import { ConfigError } from '../config/env-schema';
import type { ClientIdentity } from '../context';
import { ErrorCode } from '../errors/codes';

/**
 * Trusted documents (docs/security.md, "Trusted documents"): the manifest the client kit's codegen
 * writes (test/generated/client/persisted-documents.json: sha256 hex of the document → document),
 * loaded from TRUSTED_DOCUMENTS. Browser credentials may run only these, sent by hash.
 */
export type TrustedDocumentManifest = ReadonlyMap<string, string>;

/** Who must send a trusted document by hash (TRUSTED_DOCUMENTS_ONLY, TRUSTED_DOCUMENTS_OIDC_ANY). */
export interface TrustedDocumentRule {
  /** Every credential, server keys too, may run only trusted documents. */
  only: boolean;
  /** OIDC (staff sign-in) tokens may send any document, like server keys. */
  oidcAny: boolean;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Reads and checks the manifest at start-up: a JSON object whose every key is the sha256 of its
 * document and whose every document parses. A bad manifest stops the start (ConfigError), so a
 * tampered or hand-edited entry is never served.
 */
export function loadTrustedDocuments(file: string): TrustedDocumentManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new ConfigError('TRUSTED_DOCUMENTS: cannot read a JSON manifest at that path');
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ConfigError('TRUSTED_DOCUMENTS: the manifest must be a JSON object of hash → document');
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(raw)) {
    if (!SHA256_HEX.test(hash) || typeof document !== 'string' || sha256Hex(document) !== hash) {
      throw new ConfigError(`TRUSTED_DOCUMENTS: entry ${hash.slice(0, 16)}… is not the sha256 (lowercase hex) of its document`);
    }
    try {
      parse(document);
    } catch {
      throw new ConfigError(`TRUSTED_DOCUMENTS: entry ${hash.slice(0, 16)}… is not a GraphQL document`);
    }
    manifest.set(hash, document);
  }
  return manifest;
}

/** The parts of a request (HTTP body or GET parameters, graphql-ws subscribe payload) that name its document. */
export interface DocumentRequest {
  query?: unknown;
  /** GraphQL-over-HTTP persisted documents: `sha256:<hex>` or the bare hex. */
  documentId?: unknown;
  /** Apollo's `{ persistedQuery: { version: 1, sha256Hash } }`; `documentId` is read here too (graphql-ws). */
  extensions?: unknown;
}

/** The document to run; `documentId` only when it came from the manifest. */
export interface ResolvedDocument {
  query: string;
  documentId?: string;
}

/**
 * Turns a request that names its document by hash into the document to run. Undefined when the
 * request sends no hash (it runs its own `query`, if the rule lets it). A hash with a query whose
 * sha256 differs is refused; a hash not in the manifest without a query is PERSISTED_QUERY_NOT_FOUND.
 * A hash with its own matching query that is not in the manifest runs as a plain query (Apollo's
 * automatic persisted queries retry that way): never trusted, so a browser credential is refused.
 */
export function resolveDocument(manifest: TrustedDocumentManifest, request: DocumentRequest): ResolvedDocument | GraphQLError | undefined {
  const hash = hashOf(request);
  if (hash === undefined) return undefined;
  if (hash instanceof GraphQLError) return hash;
  const query = typeof request.query === 'string' && request.query !== '' ? request.query : undefined;
  if (query !== undefined && sha256Hex(query) !== hash) {
    return refusal('The query text does not match the document hash sent with it; nothing was run.', ErrorCode.PERSISTED_QUERY_HASH_MISMATCH, 400);
  }
  const trusted = manifest.get(hash);
  if (trusted !== undefined) return { query: trusted, documentId: hash };
  if (query !== undefined) return { query };
  return refusal('No trusted document has this hash (TRUSTED_DOCUMENTS). Regenerate the client kit or deploy its manifest.', ErrorCode.PERSISTED_QUERY_NOT_FOUND, 404);
}

/**
 * The rule, for every transport: null when `client` may run the operation. Browser credentials
 * (every kind but server keys and `open`) must send a trusted document by hash; OIDC tokens may
 * not need to (TRUSTED_DOCUMENTS_OIDC_ANY); with TRUSTED_DOCUMENTS_ONLY nobody may send text.
 */
export function refuseUntrustedDocument(rule: TrustedDocumentRule, client: ClientIdentity, documentId: string | undefined): GraphQLError | null {
  if (documentId !== undefined || !mustSendTrustedDocument(rule, client)) return null;
  return refusal(
    'This credential may run only trusted documents, sent by hash (documentId or extensions.persistedQuery.sha256Hash); the query text was not run.',
    ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
    403,
  );
}

function mustSendTrustedDocument(rule: TrustedDocumentRule, client: ClientIdentity): boolean {
  if (rule.only) return true;
  if (client.kind === 'server-key' || client.kind === 'open') return false;
  return !(client.kind === 'oidc' && rule.oidcAny);
}

/** The hash the request names, lowercase hex; two different hashes in one request are refused. */
function hashOf(request: DocumentRequest): string | GraphQLError | undefined {
  const extensions = isObject(request.extensions) ? request.extensions : {};
  const persisted = isObject(extensions.persistedQuery) ? extensions.persistedQuery.sha256Hash : undefined;
  const named = [request.documentId, extensions.documentId, persisted].filter((value) => value !== undefined && value !== null);
  if (named.length === 0) return undefined;
  const hashes = new Set(named.map((value) => (typeof value === 'string' ? value.replace(/^sha256:/, '').toLowerCase() : '')));
  const [hash] = hashes;
  if (hashes.size > 1) return refusal('The request names two different document hashes.', ErrorCode.PERSISTED_QUERY_HASH_MISMATCH, 400);
  if (!SHA256_HEX.test(hash)) return refusal('A document hash is 64 hex digits of sha256, optionally prefixed `sha256:`.', ErrorCode.BAD_USER_INPUT, 400);
  return hash;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refusal(message: string, code: ErrorCode, status: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}
