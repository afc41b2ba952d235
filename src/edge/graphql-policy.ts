import { GraphQLError, NoSchemaIntrospectionCustomRule, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type ParseOptions, type ValidationRule } from 'graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { formatErrorWith } from '../errors/format-error';
import type { ClientIdentity } from '../context';
import { estimateUpstreamCost, type CostEstimate } from './upstream-cost';
import { refuseUntrustedDocument, resolveDocument, type DocumentRequest, type ResolvedDocument, type TrustedDocumentManifest, type TrustedDocumentRule } from './trusted-documents';
import { credentialAdmission } from '../credentials/admission';

export interface GraphqlPolicyOptions {
  /** Allow `__schema`/`__type` (INTROSPECTION; off by default in production). */
  introspection: boolean;
  /** Strip "Did you mean …?" from every error (fields, arguments, enum values, types): production. */
  hideSuggestions: boolean;
  /** Provider calls one operation may cause at most (MAX_PROVIDER_CALLS). */
  maxProviderCalls: number;
  maxDepth?: number;
  maxAliases?: number;
  maxTokens?: number;
  maxDirectives?: number;
  /** TRUSTED_DOCUMENTS: the manifest and who must use it (src/edge/trusted-documents.ts); absent → no rule. */
  trustedDocuments?: { manifest: TrustedDocumentManifest; rule: TrustedDocumentRule };
}

/** What every operation passes before it executes, whatever the transport. */
export interface AdmitInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  client: ClientIdentity;
  /** The trusted document's hash when the operation came by hash (resolveDocument); absent for query text. */
  documentId?: string;
  /**
   * Told the estimate once the operation is admitted: the transport turns it into the operation's
   * provider-call budget (src/datasources/http/provider-call-budget.ts; the estimate is a ceiling).
   */
  onAdmitted?: (estimate: { providerCalls: number }) => void;
  /** The operation's estimate when the transport already has it (graphql-ws subscriptions, for their caps). */
  estimate?: CostEstimate;
}

/** A check run after validation with the variables at hand (cost, rate limits); null = admitted. */
export type AdmissionCheck = (input: AdmitInput, estimate: { providerCalls: number }) => Promise<GraphQLError | null>;

/**
 * THE validation and execution policy of the edge (docs/security.md): one object, applied by
 * Apollo (HTTP) and by graphql-ws (WebSocket), so both transports parse with the same token
 * limit, validate with the same rules, mask errors the same way and admit the same operations.
 */
export interface GraphqlPolicy {
  parseOptions: ParseOptions;
  /** Added to graphql's specified rules on both transports. */
  validationRules: ValidationRule[];
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** A document named by hash → its trusted text (or the refusal); undefined when the request sent no hash. */
  resolveDocument(request: DocumentRequest): ResolvedDocument | GraphQLError | undefined;
  /** Trusted-documents rule, cost cap and rate limits, before execution: the error to answer with, or null. */
  admit(input: AdmitInput): Promise<GraphQLError | null>;
}

export function createGraphqlPolicy(options: GraphqlPolicyOptions, extraChecks: AdmissionCheck[] = []): GraphqlPolicy {
  const limits = { maxDepth: 12, maxAliases: 20, maxTokens: 2_000, maxDirectives: 30, ...options };
  // Only armor's pure validation rules (reported as validation errors, plain graphql-js). Its
  // token limit (a plugin that threw → HTTP 500), field-count cost and suggestion masking (Apollo
  // only) are replaced by parseOptions, the provider-call estimate and formatError below.
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  const validationRules: ValidationRule[] = [...armor.validationRules, ...(options.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  // Without a manifest every hash is unknown (PERSISTED_QUERY_NOT_FOUND) and the rule is off.
  const trusted = options.trustedDocuments;
  const manifest: TrustedDocumentManifest = trusted?.manifest ?? new Map();
  return {
    // graphql-js counts tokens while parsing and stops: a syntax error (400), not a plugin crash.
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules,
    formatError: formatErrorWith({ hideSuggestions: options.hideSuggestions }),
    resolveDocument: (request) => resolveDocument(manifest, request),
    async admit(input) {
      // First: a document this credential may not run costs nothing, not even rate-limit budget.
      const untrusted = trusted && refuseUntrustedDocument(trusted.rule, input.client, input.documentId);
      if (untrusted) return untrusted;
      // What a browser credential may run at all, before cost and rate (issue 24).
      const refused = credentialAdmission(input);
      if (refused) return refused;
      const estimate = input.estimate ?? estimateUpstreamCost(input.schema, input.document, input.operationName, input.variables);
      if (estimate.overCap) {
        const { field, max, got } = estimate.overCap;
        return new GraphQLError(`${field}: at most ${max} items per call (got ${got}).`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
      }
      if (estimate.providerCalls > options.maxProviderCalls) {
        return new GraphQLError(`This operation could make up to ${estimate.providerCalls} provider calls; the limit is ${options.maxProviderCalls}. Ask for fewer objects.`, {
          extensions: { code: 'COST_LIMIT', cost: estimate.providerCalls, limit: options.maxProviderCalls, http: { status: 400 } },
        });
      }
      for (const check of extraChecks) {
        const error = await check(input, estimate);
        if (error) return error;
      }
      input.onAdmitted?.(estimate);
      return null;
    },
  };
}
