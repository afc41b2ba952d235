import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GraphQLError, buildSchema, parse } from 'graphql';
import { ConfigError } from '../../../src/config/env-schema';
import type { ClientIdentity, CredentialKind } from '../../../src/context';
import { createGraphqlPolicy } from '../../../src/edge/graphql-policy';
import { loadTrustedDocuments, refuseUntrustedDocument, resolveDocument, sha256Hex, type TrustedDocumentRule } from '../../../src/edge/trusted-documents';

/** The manifest the client kit's codegen commits (codegen.yml → test/generated/client/). */
const KIT_MANIFEST = path.resolve(__dirname, '../../generated/client/persisted-documents.json');

const DOC = 'query One { __typename }';
const HASH = sha256Hex(DOC);
const manifest = new Map([[HASH, DOC]]);

function manifestFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'paygraph-trusted-')), 'manifest.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

function codeOf(result: unknown): unknown {
  return result instanceof GraphQLError ? result.extensions.code : result;
}

describe('loadTrustedDocuments (TRUSTED_DOCUMENTS at start-up)', () => {
  test('the committed client-kit manifest loads: every hash is the sha256 of its document', () => {
    const loaded = loadTrustedDocuments(KIT_MANIFEST);
    expect(loaded.size).toBeGreaterThan(0);
    for (const [hash, document] of loaded) expect(sha256Hex(document)).toBe(hash);
  });

  test.each([
    ['a document edited after hashing', { [HASH]: `${DOC} ` }],
    ['an uppercase hash', { [HASH.toUpperCase()]: DOC }],
    ['a document that is not a string', { [HASH]: 42 }],
    ['an array', [DOC]],
    ['a document that does not parse', { [sha256Hex('query {')]: 'query {' }],
  ])('refuses %s', (_case, content) => {
    expect(() => loadTrustedDocuments(manifestFile(content))).toThrow(ConfigError);
  });

  test('refuses a file that is not JSON, without echoing its content', () => {
    expect(() => loadTrustedDocuments(manifestFile('secret-looking { text'))).toThrow(/^TRUSTED_DOCUMENTS: cannot read a JSON manifest at that path$/);
  });
});

describe('resolveDocument: one lookup for HTTP POST, GET and graphql-ws', () => {
  test('no hash: the request runs its own query', () => {
    expect(resolveDocument(manifest, { query: DOC })).toBeUndefined();
  });

  test.each([
    ['documentId', { documentId: HASH }],
    ['documentId with the sha256: prefix', { documentId: `sha256:${HASH}` }],
    ["Apollo's persistedQuery extension", { extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }],
    ['documentId in extensions (graphql-ws)', { query: '', extensions: { documentId: HASH } }],
    ['the hash with its own text', { query: DOC, documentId: HASH }],
  ])('%s → the trusted text, marked trusted', (_case, request) => {
    expect(resolveDocument(manifest, request)).toEqual({ query: DOC, documentId: HASH });
  });

  test('an unknown hash is PERSISTED_QUERY_NOT_FOUND (404)', () => {
    const result = resolveDocument(manifest, { documentId: sha256Hex('query Other { __typename }') });
    expect(codeOf(result)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((result as GraphQLError).extensions.http).toEqual({ status: 404 });
  });

  test('a hash and a query that disagree are refused', () => {
    expect(codeOf(resolveDocument(manifest, { query: 'mutation Evil { __typename }', documentId: HASH }))).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });

  test('two different hashes in one request are refused', () => {
    const other = sha256Hex('query Other { __typename }');
    expect(codeOf(resolveDocument(manifest, { documentId: HASH, extensions: { persistedQuery: { version: 1, sha256Hash: other } } }))).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });

  test.each([['not-a-hash'], [42], ['sha1:' + HASH.slice(0, 40)]])('a malformed hash %p is BAD_USER_INPUT', (documentId) => {
    expect(codeOf(resolveDocument(manifest, { documentId }))).toBe('BAD_USER_INPUT');
  });

  test('a hash with its matching text that is not in the manifest runs as text, never as trusted', () => {
    const text = 'query Other { __typename }';
    expect(resolveDocument(manifest, { query: text, documentId: sha256Hex(text) })).toEqual({ query: text });
  });
});

const identity = (kind: CredentialKind): ClientIdentity => ({ clientId: `a-${kind}`, kind, scopes: new Set(['read']) });
const DEFAULT_RULE: TrustedDocumentRule = { only: false, oidcAny: false };

describe('refuseUntrustedDocument: who may send query text', () => {
  test.each<[CredentialKind, TrustedDocumentRule, boolean]>([
    ['server-key', DEFAULT_RULE, true],
    ['open', DEFAULT_RULE, true],
    ['client-token', DEFAULT_RULE, false],
    ['publishable-key', DEFAULT_RULE, false],
    ['oidc', DEFAULT_RULE, false],
    ['oidc', { only: false, oidcAny: true }, true],
    ['client-token', { only: false, oidcAny: true }, false],
    ['server-key', { only: true, oidcAny: false }, false],
    ['open', { only: true, oidcAny: false }, false],
    ['oidc', { only: true, oidcAny: true }, false],
  ])('%s with %o may send text: %s', (kind, rule, allowed) => {
    const refusal = refuseUntrustedDocument(rule, identity(kind), undefined);
    expect(refusal === null).toBe(allowed);
    if (refusal) expect(refusal.extensions).toEqual({ code: 'TRUSTED_DOCUMENT_REQUIRED', http: { status: 403 } });
  });

  test.each<CredentialKind>(['server-key', 'open', 'client-token', 'publishable-key', 'oidc'])('%s may always run a trusted document by hash', (kind) => {
    expect(refuseUntrustedDocument({ only: true, oidcAny: false }, identity(kind), HASH)).toBeNull();
  });
});

describe('the edge policy applies the rule before anything else (both transports call admit)', () => {
  const schema = buildSchema('type Query { one: Int }');
  const document = parse('{ one }');
  const policyWith = (trusted: boolean) =>
    createGraphqlPolicy({ introspection: false, hideSuggestions: true, maxProviderCalls: 10, ...(trusted ? { trustedDocuments: { manifest, rule: DEFAULT_RULE } } : {}) }, [
      // A check that would fail the test if reached: the rule must refuse first.
      () => Promise.reject(new Error('admission checks ran for a refused document')),
    ]);

  test('a client token sending text is refused without running the other checks', async () => {
    const refusal = await policyWith(true).admit({ schema, document, client: identity('client-token') });
    expect(refusal?.extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  });

  test('without TRUSTED_DOCUMENTS there is no rule, and every hash is unknown', async () => {
    const policy = policyWith(false);
    // An OIDC token (a browser credential the credential admission does not narrow to fields).
    await expect(policy.admit({ schema, document, client: identity('oidc') })).rejects.toThrow('admission checks ran');
    expect(codeOf(policy.resolveDocument({ documentId: HASH }))).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});
