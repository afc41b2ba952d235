import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context';
import type { DocumentRequest, ResolvedDocument } from './trusted-documents';

/** Requests whose document came from the manifest, by hash (read into the context by server.ts). */
const documentIds = new WeakMap<IncomingMessage, string>();

/** The trusted document's hash when this request named its document by hash and it was found. */
export function trustedDocumentIdOf(req: IncomingMessage): string | undefined {
  return documentIds.get(req);
}

/**
 * Before Apollo, on POST (JSON body) and GET (URL parameters): a request that names its document
 * by hash (`documentId`, `extensions.persistedQuery.sha256Hash`) gets the manifest's text as its
 * `query`, and the hash parameters are removed, so Apollo (whose own persisted queries are off,
 * server.ts) sees an ordinary request. Unknown or disagreeing hashes are answered here, before
 * authentication and before anything runs: the manifest is public (it ships in the frontend).
 */
export function trustedDocumentsHttp(resolve: (request: DocumentRequest) => ResolvedDocument | GraphQLError | undefined): RequestHandler {
  return (req, res, next) => {
    const named = req.method === 'POST' ? postRequest(req) : req.method === 'GET' ? getRequest(req) : undefined;
    if (!named) return next();
    const resolved = resolve(named.request);
    if (resolved instanceof GraphQLError) return void refuse(res, resolved);
    if (resolved) {
      named.rewrite(resolved.query);
      if (resolved.documentId !== undefined) documentIds.set(req, resolved.documentId);
    }
    next();
  };
}

interface NamedDocument {
  request: DocumentRequest;
  /** Puts the document text in place of the hash parameters. */
  rewrite(query: string): void;
}

function postRequest(req: IncomingMessage & { body?: unknown }): NamedDocument | undefined {
  const body = req.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  // The hot path (docs/performance.md): a plain `{ query, variables }` body allocates nothing here.
  const fields = body as Record<string, unknown>;
  if (fields.documentId === undefined && fields.extensions === undefined) return undefined;
  const { documentId, extensions, ...rest } = fields;
  return {
    request: { query: rest.query, documentId, extensions },
    rewrite(query) {
      req.body = { ...rest, query, ...withoutHashes(extensions) };
    },
  };
}

function getRequest(req: IncomingMessage): NamedDocument | undefined {
  const url = req.url ?? '';
  const queryAt = url.indexOf('?');
  if (queryAt === -1) return undefined;
  const params = new URLSearchParams(url.slice(queryAt + 1));
  let extensions: unknown;
  try {
    extensions = params.has('extensions') ? JSON.parse(params.get('extensions')!) : undefined;
  } catch {
    // Apollo answers malformed `extensions` itself (400).
    extensions = undefined;
  }
  return {
    request: { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined, extensions },
    rewrite(query) {
      params.set('query', query);
      params.delete('documentId');
      const rest = withoutHashes(extensions).extensions;
      if (rest) params.set('extensions', JSON.stringify(rest));
      else params.delete('extensions');
      // Apollo's express integration reads the parameters from req.url (url.parse(req.url).search).
      req.url = `${url.slice(0, queryAt)}?${params.toString()}`;
    },
  };
}

/** The extensions without the hash fields (omitted entirely when nothing else is left). */
function withoutHashes(extensions: unknown): { extensions?: Record<string, unknown> } {
  if (typeof extensions !== 'object' || extensions === null || Array.isArray(extensions)) return {};
  const { persistedQuery: _persistedQuery, documentId: _documentId, ...rest } = extensions as Record<string, unknown>;
  return Object.keys(rest).length > 0 ? { extensions: rest } : {};
}

function refuse(res: ServerResponse, error: GraphQLError): void {
  const { http, ...extensions } = error.extensions as { http?: { status?: number } };
  const body = JSON.stringify({ errors: [{ message: error.message, extensions }] });
  res.statusCode = http?.status ?? 400;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/**
 * Cache headers of GET reads by hash (docs/security.md, "Trusted documents"): `private, no-cache`.
 * Never `public`: every answer depends on the credential (its scopes, a client token's one subject)
 * and on payment state that changes under it (a charge becomes paid), so no shared cache (CDN) may
 * keep it, and a browser may keep it only to revalidate. Everything else keeps `no-store`
 * (src/observability/request-log.plugin.ts), errors included.
 */
export function trustedGetCachePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart({ request, contextValue }) {
      if (request.http?.method !== 'GET' || contextValue.documentId === undefined) return Promise.resolve({});
      return Promise.resolve({
        willSendResponse({ response }) {
          const failed = response.body.kind !== 'single' || (response.body.singleResult.errors?.length ?? 0) > 0;
          if (!failed) response.http.headers.set('cache-control', 'private, no-cache');
          return Promise.resolve();
        },
      });
    },
  };
}
