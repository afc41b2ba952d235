import {
  GraphQLError,
  Kind,
  OperationTypeNode,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type SelectionSetNode,
} from 'graphql';
import type { ClientIdentity } from '../context';
import type { AdmitInput } from '../edge/graphql-policy';

/**
 * What a browser credential may run, decided before execution from the operation's root fields and
 * their arguments (so a refusal costs 0 provider calls), for HTTP and graphql-ws alike:
 * - client token: `node`/`nodes` of its subject only, its subject's `*Updated(id:)`, and
 *   `paymentEvents` with `filter.subjectId` = its subject; no mutation, no list, no webhooks;
 * - publishable key: `saveCard` and `decodeBrCode` only.
 * Server keys and the open sandbox are not narrowed here (their scopes apply).
 */
export function credentialAdmission(input: AdmitInput): GraphQLError | null {
  const { client } = input;
  if (client.kind !== 'client-token' && client.kind !== 'publishable-key') return null;
  const operation = getOperationAST(input.document, input.operationName);
  if (!operation) return null; // graphql answers OPERATION_RESOLUTION_FAILURE itself
  const rootType = input.schema.getRootType(operation.operation);
  if (!rootType) return null;
  const coerced = getVariableValues(input.schema, operation.variableDefinitions ?? [], input.variables ?? {});
  const variables = coerced.coerced ?? {};
  const fragments = fragmentsOf(input.document);
  for (const field of rootFields(operation.selectionSet, fragments)) {
    if (field.name.value === '__typename') continue;
    const definition = rootType.getFields()[field.name.value];
    // An unknown field fails validation anyway; refusing it here too keeps this check closed.
    const args = definition ? argumentsOf(definition, field, variables) : undefined;
    const allowed =
      args !== undefined && (client.kind === 'client-token' ? clientTokenMay(client, operation.operation, field.name.value, args) : publishableKeyMay(field.name.value));
    if (!allowed) return forbidden(client, field.name.value);
  }
  return null;
}

/** The field's argument values, or undefined when they do not coerce (then it is refused). */
function argumentsOf(definition: GraphQLField<unknown, unknown>, field: FieldNode, variables: Record<string, unknown>): Record<string, unknown> | undefined {
  try {
    return getArgumentValues(definition, field, variables);
  } catch {
    return undefined;
  }
}

/** Every root field, through fragment spreads and inline fragments (a field cannot hide in one). */
function rootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen = new Set<string>()): FieldNode[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    seen.add(name);
    return rootFields(fragment.selectionSet, fragments, seen);
  });
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

function clientTokenMay(client: ClientIdentity, operation: OperationTypeNode, field: string, args: Record<string, unknown>): boolean {
  const subject = client.subjectId;
  if (operation === OperationTypeNode.QUERY) {
    if (field === 'node') return args.id === subject;
    if (field === 'nodes') return Array.isArray(args.ids) && args.ids.length > 0 && args.ids.every((id) => id === subject);
    return false;
  }
  if (operation === OperationTypeNode.SUBSCRIPTION) {
    // The resolver refuses an id of another type (`pixChargeUpdated` of a payment link).
    if (/^[a-z]\w*Updated$/.test(field)) return args.id === subject;
    if (field === 'paymentEvents') return (args.filter as { subjectId?: unknown } | undefined)?.subjectId === subject;
    return false;
  }
  return false;
}

/** Tokenizing a card and decoding a BR Code: what a page may do with a key anyone can read. */
const PUBLISHABLE_FIELDS = new Set(['saveCard', 'decodeBrCode']);

function publishableKeyMay(field: string): boolean {
  return PUBLISHABLE_FIELDS.has(field);
}

function forbidden(client: ClientIdentity, field: string): GraphQLError {
  const message =
    client.kind === 'client-token'
      ? `A client token may only read and follow its own object; \`${field}\` is not allowed (for paymentEvents pass filter.subjectId).`
      : `A publishable key may only run saveCard and decodeBrCode; \`${field}\` is not allowed.`;
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}
